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

    /// `03-vertical-edges.yaml` → `vertical-edges`. In UTF-8 bytes, as every lesson's id is worked out on the way
    /// to the first frame.
    static func id(fromFileName name: String) -> String {
        var stem = name.utf8[...]
        if stem.count >= 5, stem.suffix(5).elementsEqual(".yaml".utf8) { stem = stem.dropLast(5) }
        if let dash = stem.firstIndex(of: UInt8(ascii: "-")),
            stem[..<dash].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        {
            stem = stem[stem.index(after: dash)...]
        }
        return String(Substring(stem))
    }
}
