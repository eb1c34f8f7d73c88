import CNNEngine
import LessonModel
import LessonText

extension PracticeCoach {
    /// Most terms a hint writes out; longer sums keep their first and last terms around an ellipsis.
    static let hintTerms = 6

    /// What to look at after a first miss, without a single number of the answer: which window (or cell) the
    /// step reads, and which terms it combines, by name (`Z₁,₁ = X₁,₁·W₁,₁ + … + X₃,₃·W₃,₃, 9 terms`).
    public static func hint(step: Step, phase: Phase, glyphs: Glyphs = .unicode) -> String {
        let formatter = StepFormatter(phase: phase, glyphs: glyphs)
        let place = phase.windowPlace(of: step, glyphs: glyphs).map { $0 + ". " } ?? ""
        let count = step.terms.count > hintTerms ? ", \(step.terms.count) terms" : ""
        let expression = formatter.symbolicExpression(step, maxTerms: hintTerms)
        return glyphs.text("Hint: \(place)\(formatter.targetLabel(step)) = \(expression)\(count).")
    }
}
