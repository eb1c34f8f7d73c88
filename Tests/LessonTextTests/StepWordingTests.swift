import CNNEngine
import LessonModel
import LessonTestSupport
import LessonText
import Testing

/// How single steps read: bare values, max lists, and the window's place in words.
@Suite struct StepWordingTests {
    func firstStep(_ id: String, phase: Int = 0, step: Int = 0) throws -> (StepFormatter, Step, Phase) {
        let lessonPhase = try LessonTestSupport.builtin(id).phases[phase]
        let found = try #require(lessonPhase.operation?.step(at: step))
        return (StepFormatter(phase: lessonPhase, glyphs: .unicode), found, lessonPhase)
    }

    @Test func aPixelIsNamedAndNotRepeatedAsItsOwnTotal() throws {
        // Regression: the image lesson read `Z₁,₃ = 174 = 174`.
        let (formatter, step, _) = try firstStep("image-as-matrix", step: 2)
        #expect(formatter.equation(step) == "X₁,₃ = 174")
    }

    @Test func maxListsWriteNegativeValuesBare() throws {
        // Regression: ReLU read `max(0, (−5))`.
        let (formatter, step, _) = try firstStep("relu")
        #expect(formatter.equation(step) == "Z₁,₁ = max(0, −5) = 0")
    }

    @Test func plainModeNamesASingleCellAsACell() throws {
        let lesson = try LessonTestSupport.builtin("image-as-matrix")
        let steps = PlainNarration(lesson: lesson).entries().filter(\.isStep)
        #expect(steps[2].text == "Step 3 of 192. Cell at row 1, column 3 of X. X₁,₃ = 174")
    }
}
