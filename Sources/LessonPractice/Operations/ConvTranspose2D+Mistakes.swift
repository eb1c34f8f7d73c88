import CNNEngine
import LessonModel
import LessonText

/// A transposed convolution's mistakes: the bias forgotten (a dropped sign is checked for every sum).
extension ConvTranspose2D: OperationMistakes {
    /// The forgotten bias, in either view of the forward pass.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] {
        switch kind {
        case .forward, .forwardAsConvolution:
            guard let bias = step.bias, bias.value != 0 else { return [] }
            return [
                Mistake(
                    kind: .biasForgotten, value: step.total - bias.value,
                    explanation: "That is the stamps without the bias: add \(NumberText.format(bias.value, glyphs: glyphs)) at the end.")
            ]
        case .gradFilters, .gradInput, .gradBias, .image, .table:
            return []
        }
    }
}
