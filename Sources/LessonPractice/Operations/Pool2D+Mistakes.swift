import CNNEngine
import LessonModel
import LessonText

/// A pooling window's mistakes: not the largest value (max), the sum not divided or divided by the wrong
/// count (average).
extension Pool2D: OperationMistakes {
    /// The forward pass's mistakes; none for dL/dX.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] {
        switch kind {
        case .forward: return forwardMistakes(step, glyphs: glyphs)
        case .forwardAsConvolution, .gradInput, .gradFilters, .gradBias, .image, .table: return []
        }
    }

    private func forwardMistakes(_ step: Step, glyphs: Glyphs) -> [Mistake] {
        let pool = self
        let values = step.terms.map(\.product).filter(\.isFinite)
        switch pool.kind {
        case .max:
            return values.filter { $0 != step.total }.map { value in
                Mistake(
                    kind: .wrongWinner, value: value,
                    explanation: "\(NumberText.format(value, glyphs: glyphs)) is in the window, but it is not the largest value there.")
            }
        case .average:
            let sum = values.reduce(0, +)
            let real = step.terms.filter { $0.left.origin == .element }.count
            var result = [
                Mistake(
                    kind: .averageNotDivided, value: sum,
                    explanation: "That is the sum of the window; divide it by the \(pool.windowArea) cells of the window.")
            ]
            if real != pool.windowArea && real > 0 {
                result.append(
                    Mistake(
                        kind: .averageNotDivided, value: sum / Double(real),
                        explanation:
                            "That divides by the \(real) image cells only; padding cells count too, so divide by \(pool.windowArea)."))
            }
            return result
        }
    }
}
