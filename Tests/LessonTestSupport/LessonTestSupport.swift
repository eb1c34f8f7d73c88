import Foundation
import LessonFiles
import LessonModel
import Testing

/// Shared helpers: parsing YAML text, reading diagnostics, loading built-in lessons.
public enum LessonTestSupport {
    /// The file name diagnostics of test lessons carry.
    public static let fileName = "test.yaml"

    /// Every diagnostic for `yaml`, in the order the parser reports them (empty when it parses).
    public static func diagnostics(_ yaml: String) -> [LessonDiagnostic] {
        switch LessonParser.parse(text: yaml, file: fileName) {
        case .success: return []
        case .failure(let errors): return errors.diagnostics
        }
    }

    /// The only diagnostic for `yaml`; records an issue when there are none or several.
    public static func onlyDiagnostic(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> LessonDiagnostic
    {
        let all = diagnostics(yaml)
        try #require(
            all.count == 1, "expected one diagnostic, got:\n\(all.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
        return all[0]
    }

    /// The lesson `yaml` describes; fails the test with every diagnostic when it does not parse.
    public static func lesson(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Lesson {
        switch LessonParser.parse(text: yaml, file: fileName) {
        case .success(let lesson): return lesson
        case .failure(let errors):
            Issue.record("the lesson does not parse:\n\(errors)", sourceLocation: sourceLocation)
            throw errors
        }
    }

    /// A built-in lesson by id; fails the test when it is missing or does not parse.
    public static func builtin(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Lesson {
        let result = try #require(BuiltinLessons.lesson(id: id), "no built-in lesson `\(id)`", sourceLocation: sourceLocation)
        return try result.get()
    }

    /// The YAML text of a built-in lesson.
    public static func builtinText(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        try #require(BuiltinLessons.entry(id: id), "no built-in lesson `\(id)`", sourceLocation: sourceLocation).text
    }

}

/// A 1-based line and column in a lesson file, written briefly for expectations.
public func position(_ line: Int, _ column: Int) -> LessonModel.SourceLocation {
    LessonModel.SourceLocation(line: line, column: column)
}
