extension BuiltinLessons.Entry {
    /// The title read from the file's top-level `title:` line without parsing the lesson (for a menu that
    /// must draw before the lessons are parsed); the id when there is no such line.
    public var quickTitle: String {
        // Line by line from the top, stopping at the title (the second line, as a rule), all in UTF-8 bytes:
        // splitting the whole file into lines cost the menu's first frame a millisecond, and walking the title
        // Character by Character (grapheme boundaries, a count that walks the string) half of one.
        var rest = text.utf8[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            if line.starts(with: "title:".utf8) { return Self.titleValue(line.dropFirst("title:".utf8.count)) }
        }
        return id
    }

    /// What follows `title:`: the text after the spaces, a quoted title without its quotes and escapes.
    static func titleValue(_ bytes: Substring.UTF8View) -> String {
        let value = bytes.drop { $0 == UInt8(ascii: " ") }
        guard let quote = value.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"), value.count >= 2,
            value.last == quote
        else { return String(Substring(value)) }
        let body = value.dropFirst().dropLast()
        return quote == UInt8(ascii: "'") ? undoubledQuotes(body) : unescaped(body)
    }

    /// `\"` → `"` and `\\` → `\` (the escapes a double-quoted YAML title may use).
    static func unescaped(_ body: Substring.UTF8View) -> String {
        var bytes: [UInt8] = [], escaped = false
        bytes.reserveCapacity(body.count)
        for byte in body {
            if !escaped && byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                bytes.append(byte)
                escaped = false
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `''` → `'` (a single-quoted YAML title's only escape).
    static func undoubledQuotes(_ body: Substring.UTF8View) -> String {
        var bytes: [UInt8] = [], previousWasQuote = false
        bytes.reserveCapacity(body.count)
        for byte in body {
            if byte == UInt8(ascii: "'") && previousWasQuote {
                previousWasQuote = false
                continue
            }
            previousWasQuote = byte == UInt8(ascii: "'")
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
