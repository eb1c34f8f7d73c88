import CNNEngine
import LessonModel
import LessonText

/// Mean-squared error's mistakes: the sum not divided by N, the differences not squared; for the gradient,
/// the 2 or the N left out.
extension MeanSquaredError: OperationMistakes {
    /// The loss's and its gradient's slips.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] {
        let count = Double(input.count)
        switch kind {
        case .forward:
            let differences = zip(input.scalars, target.scalars).map { $0 - $1 }
            return [
                Mistake(
                    kind: .notDivided, value: step.total * count,
                    explanation: "That is the sum of the squared differences: divide by the \(input.count) values for the mean."),
                Mistake(
                    kind: .powerLeftOut, value: differences.reduce(0, +) / count,
                    explanation: "That is the mean of the differences themselves: square each difference first."),
            ]
        case .gradInput:
            return [
                Mistake(
                    kind: .powerLeftOut, value: step.total / 2,
                    explanation: "That leaves out the 2 that the square brings down: d(e²)/de = 2e."),
                Mistake(
                    kind: .notDivided, value: step.total * count,
                    explanation: "That leaves out the 1/\(input.count) of the mean."),
            ]
        case .forwardAsConvolution, .gradFilters, .gradBias, .image, .table:
            return []
        }
    }
}
