import CNNEngine
import LessonModel
import LessonText

/// The sigmoid's mistake: e^x instead of e^−x, which gives 1 − σ(x).
extension Sigmoid: OperationMistakes {
    /// The forward pass's left-out minus; none for dL/dX.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] {
        switch kind {
        case .forward:
            return [
                Mistake(
                    kind: .minusLeftOut, value: 1 - step.total,
                    explanation: "That is 1 / (1 + e^x): the exponent is −x, so large inputs give values near 1.")
            ]
        case .forwardAsConvolution, .gradInput, .gradFilters, .gradBias, .image, .table:
            return []
        }
    }
}
