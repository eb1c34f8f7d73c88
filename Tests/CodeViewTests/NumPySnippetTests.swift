import CNNEngine
import Foundation
import LessonCode
import LessonFiles
import LessonModel
import TestSupport
import Testing

/// Every NumPy snippet, run by python3, prints the same numbers as the engine (1e-9 relative).
@Suite(
    "NumPy snippets agree with the engine", .serialized,
    .enabled(if: PythonRunner.hasNumPy, "python3 with numpy is not available on the PATH, so the NumPy snippets are not run"))
struct NumPySnippetTests {
    /// The built-in lessons' ids, in teaching order.
    static let builtinIDs = BuiltinLessons.ids

    @Test("every built-in lesson", arguments: builtinIDs)
    func builtin(_ id: String) throws {
        let lesson = try #require(try BuiltinLessons.lesson(id: id)?.get())
        try check(lesson)
    }

    @Test("lessons made in code: asymmetric padding, dilation, strides, channels, chains, ties", arguments: CodeLessons.names)
    func madeInCode(_ name: String) throws {
        try check(CodeLessons.lesson(name))
    }

    private func check(_ lesson: Lesson) throws {
        let output = try PythonRunner.output(ofScript: CodeSnippet.numpy(lesson), named: lesson.id)
        let json = try SnippetResults.json(output)
        if case .architecture(let stack) = lesson.stages.first {
            try ArchitectureTable.expectMatches(json, stack)
        } else {
            SnippetResults.expectMatches(json, lesson)
        }
    }
}

/// Comparing a snippet's `table` with the engine's layer table.
enum ArchitectureTable {
    /// Records an issue for every row whose name, shape, size, parameters or multiply-adds differ from `stack.rows()`
    /// (the plain-Python table counts multiply-adds itself; PyTorch's flop counter measures them).
    static func expectMatches(
        _ json: [String: Any], _ stack: LayerStack, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let table = try #require(json["table"] as? [[String: Any]], "no `table` list in \(json)", sourceLocation: sourceLocation)
        let rows = try stack.rows()
        #expect(table.count == rows.count, sourceLocation: sourceLocation)
        for (printed, row) in zip(table, rows) {
            let shape = (printed["shape"] as? [NSNumber])?.map(\.intValue)
            let size = (printed["size"] as? NSNumber)?.intValue, parameters = (printed["parameters"] as? NSNumber)?.intValue
            #expect(printed["name"] as? String == row.name, sourceLocation: sourceLocation)
            #expect(shape == row.shape, Comment(rawValue: row.name), sourceLocation: sourceLocation)
            #expect(size == row.activationSize, Comment(rawValue: row.name), sourceLocation: sourceLocation)
            #expect(parameters == row.parameters, Comment(rawValue: row.name), sourceLocation: sourceLocation)
            let multiplyAdds = (printed["multiply_adds"] as? NSNumber)?.intValue
            #expect(multiplyAdds == row.multiplyAdds, Comment(rawValue: row.name), sourceLocation: sourceLocation)
        }
    }
}
