import LessonModel
import LessonText

/// A problem found in a lesson file, reported as `file:line:column: error: message`.
public struct LessonDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path (or `built-in:ID`).
    public let file: String
    /// Where the problem is.
    public let location: SourceLocation
    /// What is wrong.
    public let message: String
    /// How to fix it, if there is a useful suggestion.
    public let hint: String?

    /// Creates a diagnostic.
    public init(file: String, location: SourceLocation, message: String, hint: String? = nil) {
        self.file = file
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message` and, on the next line, `  hint: …`.
    public var description: String {
        let head = "\(file):\(location.line):\(location.column): error: \(message)"
        guard let hint else { return head }
        return head + "\n  hint: " + hint
    }
}

/// Every problem found in one lesson file.
public struct LessonErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in file order.
    public let diagnostics: [LessonDiagnostic]

    /// Creates the collection, sorted by position.
    public init(_ diagnostics: [LessonDiagnostic]) {
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    /// One diagnostic per line (hints indented below).
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
