import CNNEngine
import Foundation
import LessonModel
import LessonText

/// Softmax's mistake: e^x not divided by the sum of the exponentials.
extension Softmax: OperationMistakes {
    /// The forward pass's missing division; none for dL/dX.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] {
        switch kind {
        case .forward:
            let exponential = exp(input[step.targetIndex])
            return [
                Mistake(
                    kind: .notDivided, value: exponential,
                    explanation: "That is e^x alone: divide it by the sum of every e^x so that the probabilities add up to 1.")
            ]
        case .forwardAsConvolution, .gradInput, .gradFilters, .gradBias, .image, .table:
            return []
        }
    }
}
