import CNNEngine
import LessonModel
import LessonText

/// Cross-entropy's mistakes: log p instead of −log p; for the gradient, p without subtracting y.
extension SoftmaxCrossEntropy: OperationMistakes {
    /// The loss's left-out minus and the gradient's left-out target.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] {
        switch kind {
        case .forward:
            return [
                Mistake(
                    kind: .minusLeftOut, value: -step.total,
                    explanation: "That is log p of the right class; the loss is −log p, which is never negative.")
            ]
        case .gradInput:
            let target = oneHot[step.targetIndex]
            guard target != 0 else { return [] }
            return [
                Mistake(
                    kind: .targetNotSubtracted, value: step.total + target,
                    explanation: "That is p alone: subtract the target y (1 for the right class), p − y.")
            ]
        case .forwardAsConvolution, .gradFilters, .gradBias, .image, .table:
            return []
        }
    }
}
