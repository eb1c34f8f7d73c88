import LessonModel
import LessonText

/// The lessons compiled into the binary from `lessons/*.yaml`, in teaching order (by file name).
public enum BuiltinLessons {
    /// One built-in lesson's file.
    public struct Entry: Sendable {
        /// The file name, e.g. `03-vertical-edges.yaml`.
        public let fileName: String
        /// The id: the file name without its order prefix and extension.
        public let id: String
        /// The YAML text.
        public let text: String

        /// The title read from the file's top-level `title:` line without parsing the lesson (for a menu that
        /// must draw before the lessons are parsed); the id when there is no such line.
        public var quickTitle: String {
            // Line by line from the top, stopping at the title (the second line, as a rule): splitting the whole
            // file into lines first cost the menu's first frame a millisecond. Line ends are found in the bytes
            // (a search by Character checks grapheme boundaries all the way).
            var rest = Substring(text)
            while !rest.isEmpty {
                let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
                let line = rest[..<end]
                rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
                guard line.hasPrefix("title:") else { continue }
                var value = line.dropFirst("title:".count).drop { $0 == " " }
                if let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote {
                    value = value.dropFirst().dropLast()
                    return quote == "\"" ? String(value).replacingEscapedQuotes() : String(value).replacingDoubledQuotes()
                }
                return String(value)
            }
            return id
        }
    }

    /// Every built-in lesson file, in teaching order.
    public static let entries: [Entry] = EmbeddedLessons.files.map { file in
        Entry(fileName: file.name, id: id(fromFileName: file.name), text: file.text)
    }

    /// The ids in teaching order.
    public static var ids: [String] { entries.map(\.id) }

    /// The entry for an id.
    public static func entry(id: String) -> Entry? {
        entries.first { $0.id == id }
    }

    /// Parses a built-in lesson.
    public static func lesson(id: String) -> Result<Lesson, LessonErrors>? {
        read(id: id).map { $0.map(\.lesson) }
    }

    /// Parses a built-in lesson, keeping its warnings.
    public static func read(id: String) -> Result<ParsedLesson, LessonErrors>? {
        entry(id: id).map { LessonParser.read(text: $0.text, file: "lessons/\($0.fileName)", images: .builtin, networks: .builtin) }
    }

    /// Every built-in lesson that parses, in teaching order.
    public static func all() -> [Lesson] {
        entries.compactMap {
            try? LessonParser.parse(text: $0.text, file: "lessons/\($0.fileName)", images: .builtin, networks: .builtin).get()
        }
    }

    /// `03-vertical-edges.yaml` → `vertical-edges`.
    static func id(fromFileName name: String) -> String {
        var stem = Substring(name)
        if stem.hasSuffix(".yaml") { stem = stem.dropLast(5) }
        if let dash = stem.firstIndex(of: "-"), stem[..<dash].allSatisfy(\.isNumber) { stem = stem[stem.index(after: dash)...] }
        return String(stem)
    }
}

extension String {
    /// `\"` → `"` and `\\` → `\` (the escapes a double-quoted YAML title may use).
    fileprivate func replacingEscapedQuotes() -> String {
        var result = "", escaped = false
        for character in self {
            if escaped {
                result.append(character); escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// `''` → `'` (a single-quoted YAML title's only escape).
    fileprivate func replacingDoubledQuotes() -> String {
        var result = "", previousWasQuote = false
        for character in self {
            if character == "'" && previousWasQuote {
                previousWasQuote = false
                continue
            }
            previousWasQuote = character == "'"
            result.append(character)
        }
        return result
    }
}
