import LessonText

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
    /// Writes styled runs from `(x, y)`, clipped at `maxX`; returns the end column. A cut shows as `…` in the
    /// last column.
    @discardableResult
    mutating func write(_ runs: [StyledText], x: Int, y: Int, maxX: Int) -> Int {
        var column = x
        for (index, run) in runs.enumerated() {
            for (offset, scalar) in CellGrid.cellScalars(run.text).enumerated() {
                guard column < maxX else {
                    let rest = run.text.dropFirst(offset) + runs.dropFirst(index + 1).map(\.text).joined()
                    if column > x, rest.contains(where: { $0 != " " }) { self[column - 1, y] = Cell("…", self[column - 1, y].style) }
                    return column
                }
                self[column, y] = Cell(scalar: scalar, run.style)
                column += 1
            }
        }
        return column
    }

    /// Writes `text` in at most `width` columns; a cut shows as `…` in the last one.
    mutating func write(_ text: String, x: Int, y: Int, width: Int, style: SemanticStyle = .plain) {
        guard width > 0 else { return }
        write(TextFit.fitted(text, width: width), x: x, y: y, style: style)
    }
}

/// Text cut to a width, never silently.
enum TextFit {
    /// `text` if it fits in `width` columns, else its first `width − 1` characters and `…` (trailing spaces are
    /// no loss and are simply dropped).
    static func fitted(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard text.count > width else { return text }
        let rest = text.dropFirst(width)
        if rest.allSatisfy({ $0 == " " }) { return String(text.prefix(width)) }
        return String(text.prefix(max(0, width - ellipsis.count))) + ellipsis
    }
}
