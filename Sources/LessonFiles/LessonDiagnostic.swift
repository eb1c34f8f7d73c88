import LessonModel
import LessonText

/// A problem found in a lesson file, reported as `file:line:column: error: message` (or `warning:`).
public struct LessonDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Equatable {
        /// The lesson cannot be used: `check` fails.
        case error
        /// The lesson works but something in it is probably not what its author meant: `check` still passes.
        case warning
    }

    /// The file's path (or `built-in:ID`).
    public let file: String
    /// Where the problem is.
    public let location: SourceLocation
    /// What is wrong.
    public let message: String
    /// How to fix it, if there is a useful suggestion.
    public let hint: String?
    /// An error or a warning.
    public let severity: Severity

    /// Creates a diagnostic.
    public init(file: String, location: SourceLocation, message: String, hint: String? = nil, severity: Severity = .error) {
        self.file = file
        self.location = location
        self.message = message
        self.hint = hint
        self.severity = severity
    }

    /// `file:line:column: error: message` (or `warning:`) and, on the next line, `  hint: …`.
    public var description: String {
        let head = "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
        guard let hint else { return head }
        return head + "\n  hint: " + hint
    }
}

/// Every problem found in one lesson file that has at least one error; warnings are listed among the errors.
public struct LessonErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in file order.
    public let diagnostics: [LessonDiagnostic]

    /// Only the errors, in file order.
    public var errors: [LessonDiagnostic] { diagnostics.filter { $0.severity == .error } }

    /// Creates the collection, sorted by position.
    public init(_ diagnostics: [LessonDiagnostic]) {
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    /// One diagnostic per line (hints indented below).
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// A lesson read from its file, with the warnings about it: problems that do not stop it from being played,
/// such as narration for a phase it does not have.
public struct ParsedLesson: Sendable {
    /// The lesson.
    public let lesson: Lesson
    /// The warnings, in file order.
    public let warnings: [LessonDiagnostic]

    /// Pairs a lesson with its warnings, sorting them by position.
    public init(lesson: Lesson, warnings: [LessonDiagnostic]) {
        self.lesson = lesson
        self.warnings = warnings.sorted { $0.location < $1.location }
    }
}
