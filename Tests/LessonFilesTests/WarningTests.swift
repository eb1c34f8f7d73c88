import LessonFiles
import LessonModel
import LessonTestSupport
import Testing

/// Warnings: problems that do not stop a lesson from being played, kept beside it.
@Suite("Parser warnings")
struct WarningTests {
    func read(_ yaml: String) throws -> ParsedLesson {
        try LessonParser.read(text: yaml, file: LessonTestSupport.fileName).get()
    }

    @Test("narration for phases the lesson does not have is a warning at its key, and the lesson still reads")
    func narrationForMissingPhases() throws {
        let parsed = try read(
            """
            id: x
            title: T
            op: conv2d
            input: "1 -2"
            filters: "1"
            narration:
              forward: shown
              grad_input: never shown
              image: never shown
            then:
              - op: relu
                narration:
                  grad_filters: never shown
            """)
        #expect(parsed.lesson.phases.map(\.narrationKey) == ["forward", "2.forward"])
        #expect(parsed.warnings.map(\.location) == [position(8, 3), position(9, 3), position(13, 7)])
        #expect(parsed.warnings.allSatisfy { $0.severity == .warning })
        #expect(
            parsed.warnings.map(\.message) == [
                "narration for `grad_input`, a phase this lesson does not have, is never shown",
                "narration for `image`, a phase this lesson does not have, is never shown",
                "narration for `grad_filters`, a phase this lesson does not have, is never shown",
            ])
        #expect(parsed.warnings.first?.hint == "this stage's phases: forward (backward phases need `grad_output`)")
        #expect(parsed.warnings.first?.description.hasPrefix("test.yaml:8:3: warning: narration for `grad_input`") == true)
    }

    @Test("with a backward pass, ReLU's grad_filters is still a phase it does not have")
    func backwardPhasesOfReLU() throws {
        let parsed = try read(
            """
            id: x
            title: T
            op: relu
            input: "1 -2"
            grad_output: "1 1"
            narration:
              grad_input: shown
              grad_filters: never shown
            """)
        #expect(parsed.warnings.map(\.location) == [position(8, 3)])
        #expect(parsed.warnings.first?.hint == "this stage's phases: forward, grad_input")
    }

    @Test("a lesson whose narration matches its phases has no warnings")
    func noWarnings() throws {
        for entry in BuiltinLessons.entries {
            let parsed = try #require(BuiltinLessons.read(id: entry.id)).get()
            #expect(parsed.warnings.isEmpty, "\(entry.fileName): \(parsed.warnings)")
        }
    }

    @Test("warnings are listed with the errors of a lesson that fails, in file order")
    func warningsBesideErrors() {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: relu
            input: "1 -2"
            narration:
              grad_input: never shown
            expected:
              output: "1 1"
            """)
        // The wrong answer key is found by `check`, not by reading; the narration warning alone does not fail.
        #expect(diagnostics.isEmpty)
        let failing = LessonTestSupport.diagnostics("id: x\ntitle: T\nop: relu\ninput: \"1 -2\"\nstride: 2\nnarration:\n  image: x\n")
        #expect(failing.map(\.severity) == [.error, .warning])
        #expect(failing.map(\.location) == [position(5, 9), position(7, 3)])
    }
}
