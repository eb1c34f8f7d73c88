import LessonModel
import LessonPractice
import LessonTestSupport
import Testing

/// A lesson's worked example is held back while the question it answers is open.
@Suite struct AnswerWithholdingTests {
    @Test func theVerticalEdgesWorkedExampleIsHeldBackForItsFirstCell() throws {
        let narration = try LessonTestSupport.builtin("vertical-edges").phases[0].narration
        let kept = AnswerWithholding.withholding(-5, from: narration)
        #expect(kept.withheld == 1)
        #expect(!kept.text.contains("−5"))
        #expect(kept.text.hasPrefix("Shift one column right and repeat"))
        // The other cells' values are not stated, so nothing is held back for them (Z₁,₂ = −4).
        #expect(AnswerWithholding.withholding(-4, from: narration).withheld == 0)
    }

    @Test func theAveragePoolingMeanIsHeldBack() throws {
        let narration = try LessonTestSupport.builtin("average-pooling").phases[0].narration
        let kept = AnswerWithholding.withholding(9.5, from: narration)
        #expect(kept.withheld == 1)
        #expect(!kept.text.contains("9.5"))
    }

    @Test func onlyANumberStatedAsAResultCounts() {
        let text = "A 6×6 image and a 3×3 filter give (6 − 3 + 1) × (6 − 3 + 1) = 4×4 outputs. The mean is 9.5. So Z=−2."
        #expect(AnswerWithholding.withholding(4, from: text).withheld == 0)
        #expect(AnswerWithholding.withholding(3, from: text).withheld == 0)
        #expect(
            AnswerWithholding.withholding(9.5, from: text) == (
                "A 6×6 image and a 3×3 filter give (6 − 3 + 1) × (6 − 3 + 1) = 4×4 outputs. So Z=−2.", 1
            ))
        #expect(AnswerWithholding.withholding(-2, from: text).withheld == 1)
        #expect(AnswerWithholding.withholding(19.0 / 4, from: "It is 19/4, not 5.").withheld == 1)
    }

    @Test func paragraphsStayAndAnEmptiedOneGoes() {
        let text = "First = 1.\nSecond, kept.\nThird = 1."
        #expect(AnswerWithholding.withholding(1, from: text) == ("Second, kept.", 2))
    }
}
