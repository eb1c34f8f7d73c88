import CNNEngine
import LessonModel

/// How `sigmoid` and its gradient read.
extension Sigmoid: OperationText {
    /// The heading of each of its phases.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward: return "Sigmoid: \(n.output) = 1 / (1 + e^−\(n.input))"
        case .gradInput: return "\(n.name(of: .gradInput)) = \(n.name(of: .gradOutput)) · σ(\(n.input))(1 − σ(\(n.input)))"
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return kind.rawValue
        }
    }

    /// What each of its phases does, in a sentence or two.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            return "The sigmoid squeezes any number into (0, 1): large positive inputs give almost 1, large negative ones almost 0."
        case .gradInput:
            return "The sigmoid's slope is σ(x)(1 − σ(x)): at most 1/4, at x = 0, and nearly 0 far from it, where the gradient fades."
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return ""
        }
    }
}
