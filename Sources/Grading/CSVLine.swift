import LessonModel

/// One field of a line of an answer file, with the column it starts at (1-based, in characters).
struct CSVField: Equatable {
    let text: String
    let column: Int
}

/// Splitting one line of an answer file into fields. Commas separate fields, except inside double quotes
/// (`""` is a quote inside them) and inside square brackets, so `output[1,3]` needs no quotes. Spaces around
/// an unquoted field are dropped.
enum CSVLine {
    /// The fields of `line`, or the column of a quote that is never closed.
    static func fields(_ line: Substring) -> Result<[CSVField], UnclosedQuote> {
        var fields: [CSVField] = []
        let characters = Array(line)
        var position = 0
        while true {
            while position < characters.count, characters[position] == " " || characters[position] == "\t" { position += 1 }
            let start = position + 1
            var text = ""
            if position < characters.count, characters[position] == "\"" {
                guard let end = quotedEnd(characters, from: position + 1, into: &text) else {
                    return .failure(UnclosedQuote(column: start))
                }
                position = end
                while position < characters.count, characters[position] != "," { position += 1 }
            } else {
                var depth = 0
                while position < characters.count, characters[position] != "," || depth > 0 {
                    if characters[position] == "[" { depth += 1 }
                    if characters[position] == "]" { depth = max(0, depth - 1) }
                    text.append(characters[position])
                    position += 1
                }
                while text.last == " " || text.last == "\t" { text.removeLast() }
            }
            fields.append(CSVField(text: text, column: start))
            guard position < characters.count else { return .success(fields) }
            position += 1
        }
    }

    /// Reads a quoted field's text from just after its opening quote; the position after the closing quote.
    private static func quotedEnd(_ characters: [Character], from start: Int, into text: inout String) -> Int? {
        var position = start
        while position < characters.count {
            if characters[position] == "\"" {
                if position + 1 < characters.count, characters[position + 1] == "\"" {
                    text.append("\"")
                    position += 2
                    continue
                }
                return position + 1
            }
            text.append(characters[position])
            position += 1
        }
        return nil
    }

    /// A quote opened at `column` and not closed on its line.
    struct UnclosedQuote: Error, Equatable {
        let column: Int
    }
}
