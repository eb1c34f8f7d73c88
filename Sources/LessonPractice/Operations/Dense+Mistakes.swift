import CNNEngine
import LessonModel
import LessonText

/// A linear layer's mistakes: the bias forgotten (a dropped sign is checked for every sum).
extension Dense: OperationMistakes {
    /// The forward pass's forgotten bias; none of its own for the gradients.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] {
        switch kind {
        case .forward:
            guard let bias = step.bias, bias.value != 0 else { return [] }
            return [
                Mistake(
                    kind: .biasForgotten, value: step.total - bias.value,
                    explanation: "That is W·x without the bias: add \(NumberText.format(bias.value, glyphs: glyphs)) at the end.")
            ]
        case .forwardAsConvolution, .gradFilters, .gradInput, .gradBias, .image, .table:
            return []
        }
    }
}
