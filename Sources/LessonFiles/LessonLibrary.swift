import LessonModel
import LessonText

/// Why a lesson argument could not be loaded.
public enum LessonLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Neither a readable file nor a built-in id; with the closest ids.
    case unknown(argument: String, suggestions: [String])
    /// The file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The file (or built-in) has problems.
    case invalid(LessonErrors)

    /// A message for the terminal.
    public var description: String {
        switch self {
        case .unknown(let argument, let suggestions):
            let hint =
                suggestions.isEmpty
                ? "run `cnn-tutor list` to see the built-in lessons"
                : "did you mean: " + suggestions.joined(separator: ", ") + "?"
            return "cnn-tutor: no lesson file or built-in lesson named `\(argument)`\n  hint: \(hint)"
        case .unreadable(let path, let reason):
            return "\(path): error: cannot read the file: \(reason)"
        case .invalid(let errors):
            return errors.description
        }
    }
}

/// Finds lessons by path or built-in id.
public struct LessonLibrary: Sendable {
    /// Reads a file's text: nil if there is no such file, or throws a reason if it exists but cannot be read.
    public typealias FileReader = @Sendable (String) throws -> String?
    /// The names of the files in a folder (`.` for the working folder), or nil when it cannot be listed.
    public typealias FolderLister = @Sendable (String) -> [String]?

    private let readFile: FileReader
    private let listFolder: FolderLister

    /// A library reading files with `readFile` and, to suggest a file for a name that is not one, listing folders
    /// with `listFolder`.
    public init(readFile: @escaping FileReader, listFolder: @escaping FolderLister = { _ in nil }) {
        self.readFile = readFile
        self.listFolder = listFolder
    }

    /// Whether a file name is a lesson's: it ends in `.yaml` or `.yml`.
    public static func isLessonFileName(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    /// Loads a lesson: a path to a file if one exists there, otherwise a built-in id.
    public func load(_ argument: String) -> Result<Lesson, LessonLoadError> {
        read(argument).map(\.lesson)
    }

    /// Loads a lesson with its warnings: a path to a file if one exists there, otherwise a built-in id.
    public func read(_ argument: String) -> Result<ParsedLesson, LessonLoadError> {
        let text: String?
        do {
            text = try readFile(argument)
        } catch {
            return .failure(.unreadable(path: argument, reason: "\(error)"))
        }
        if let text {
            return LessonParser.read(text: text, file: argument).mapError { .invalid($0) }
        }
        if let builtin = BuiltinLessons.read(id: argument) {
            return builtin.mapError { .invalid($0) }
        }
        let suggestions = fileSuggestions(for: argument) + Self.suggestions(for: argument)
        return .failure(.unknown(argument: argument, suggestions: Array(suggestions.prefix(5))))
    }

    /// The lesson files in the argument's folder whose names, without `.yaml` or `.yml`, are closest to its last
    /// part, within a small edit distance: `a.yaml` for `a.yml` or `a`, `lessons/edges.yaml` for
    /// `lessons/egdes.yaml`.
    public func fileSuggestions(for argument: String) -> [String] {
        let slash = argument.lastIndex(of: "/")
        let folder = slash.map { String(argument[...$0]) } ?? ""
        let stem = Self.stem(slash.map { String(argument[argument.index(after: $0)...]) } ?? argument)
        guard !stem.isEmpty, let files = listFolder(folder.isEmpty ? "." : folder) else { return [] }
        let scored = files.filter(Self.isLessonFileName).map { (file: $0, distance: LessonReader.editDistance(Self.stem($0), stem)) }
            .filter { $0.distance <= max(2, stem.count / 3) }
        guard let closest = scored.map(\.distance).min() else { return [] }
        return scored.filter { $0.distance == closest }.map { folder + $0.file }.sorted()
    }

    /// A file name without `.yaml` or `.yml`.
    private static func stem(_ name: String) -> String {
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
        return name
    }

    /// Built-in ids close to `argument`: containing it, or within a small edit distance.
    public static func suggestions(for argument: String) -> [String] {
        let lowered = argument.lowercased()
        let ids = BuiltinLessons.ids
        let containing = ids.filter { $0.contains(lowered) || (lowered.count >= 3 && lowered.contains($0)) }
        let close = ids.filter { LessonReader.editDistance($0, lowered) <= max(2, lowered.count / 3) }
        var seen = Set<String>()
        return (containing + close).filter { seen.insert($0).inserted }.prefix(5).map { $0 }
    }
}
