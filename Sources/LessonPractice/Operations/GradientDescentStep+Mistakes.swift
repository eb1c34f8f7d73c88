import CNNEngine
import LessonModel
import LessonText

/// An update's slips: the gradient added instead of subtracted, or the learning rate left out.
extension GradientDescentStep: OperationMistakes {
    /// Both slips, recomputed from the step's weight and gradient.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] {
        guard kind == .forward, let term = step.terms.first, let gradient = term.right?.value else { return [] }
        let weight = term.left.value, rate = NumberText.format(learningRate, glyphs: glyphs)
        return [
            Mistake(
                kind: .gradientAdded, value: weight + learningRate * gradient,
                explanation: "That adds η × the gradient: descent moves against the gradient, so subtract it."),
            Mistake(
                kind: .learningRateLeftOut, value: weight - gradient,
                explanation: "That subtracts the whole gradient: multiply it by the learning rate η = \(rate) first."),
        ]
    }
}
