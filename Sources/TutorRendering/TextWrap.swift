/// Wraps prose to a width.
enum TextWrap {
    /// Lines of at most `width` characters, breaking at spaces (long words are cut); paragraphs kept.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                while word.count > width {
                    if !current.isEmpty { result.append(current); current = "" }
                    result.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    result.append(current)
                    current = String(word)
                }
            }
            result.append(current)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }
}

/// A run of styled text, the unit equations and status lines are laid out in.
struct StyledText: Equatable {
    /// The text.
    var text: String
    /// Its style.
    var style: SemanticStyle

    init(_ text: String, _ style: SemanticStyle = .plain) {
        self.text = text
        self.style = style
    }
}

extension CellGrid {
    /// Writes styled runs from `(x, y)`, clipped at `maxX`; returns the end column.
    @discardableResult
    mutating func write(_ runs: [StyledText], x: Int, y: Int, maxX: Int) -> Int {
        var column = x
        for run in runs {
            for character in run.text {
                guard column < maxX else { return column }
                self[column, y] = Cell(character, run.style)
                column += 1
            }
        }
        return column
    }

    /// Writes `text` clipped to `width` columns.
    mutating func write(_ text: String, x: Int, y: Int, width: Int, style: SemanticStyle = .plain) {
        write(String(text.prefix(max(0, width))), x: x, y: y, style: style)
    }
}
