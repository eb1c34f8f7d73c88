import LessonFiles
import LessonModel
import LessonTestSupport
import Testing

/// A file with several independent problems reports all of them, sorted by position.
@Suite("Parser errors: several at once")
struct MultipleProblemTests {
    static let fiveProblems = """
        id: Bad_Id
        title: T
        op: conv2d
        input: |
          1 2 3
          4 5 6
          7 8 9
        filters: |
          1 0
          0 zz
        strde: 2
        padding: -3
        narration:
          forwards: hi
        """

    @Test("five problems in one file give five diagnostics, in file order")
    func reportsEveryProblemInOrder() {
        let diagnostics = LessonTestSupport.diagnostics(Self.fiveProblems)
        #expect(diagnostics.count == 5)
        #expect(diagnostics.map(\.location) == [position(1, 5), position(10, 5), position(11, 1), position(12, 10), position(14, 3)])
        #expect(
            diagnostics.map(\.message) == [
                "id `Bad_Id` must be lowercase letters, digits and dashes (at most 64)",
                "filters has `zz`, which is not a number",
                "unknown key `strde` in the lesson",
                "padding is -3 but must be between 0 and 64",
                "unknown key `forwards` in narration",
            ])
        #expect(diagnostics.map(\.location) == diagnostics.map(\.location).sorted())
    }

    @Test("the errors print one per line as file:line:column: error: message, hints indented below")
    func printedForm() throws {
        guard case .failure(let errors) = LessonParser.parse(text: Self.fiveProblems, file: "lessons/bad.yaml") else {
            Issue.record("the lesson parsed")
            return
        }
        let lines = errors.description.split(separator: "\n").map(String.init)
        #expect(lines.first == "lessons/bad.yaml:1:5: error: id `Bad_Id` must be lowercase letters, digits and dashes (at most 64)")
        #expect(lines.contains("lessons/bad.yaml:11:1: error: unknown key `strde` in the lesson"))
        #expect(lines.contains("  hint: did you mean `stride`?"))
        #expect(lines.filter { $0.hasPrefix("lessons/bad.yaml:") }.count == 5)
    }

    @Test("LessonErrors sorts diagnostics given out of order")
    func errorsAreSorted() {
        let late = LessonDiagnostic(file: "f", location: position(9, 1), message: "late")
        let early = LessonDiagnostic(file: "f", location: position(2, 7), message: "early")
        let earlier = LessonDiagnostic(file: "f", location: position(2, 3), message: "earlier")
        #expect(LessonErrors([late, early, earlier]).diagnostics.map(\.message) == ["earlier", "early", "late"])
    }
}
