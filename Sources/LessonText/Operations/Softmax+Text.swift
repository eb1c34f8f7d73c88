import CNNEngine
import LessonModel

/// How `softmax` and its gradient read.
extension Softmax: OperationText {
    /// The heading of each of its phases.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward: return "Softmax: \(n.output) = e^\(n.input) / Σ e^\(n.input)"
        case .gradInput:
            return "\(n.name(of: .gradInput)) = \(n.output) ⊙ (\(n.name(of: .gradOutput)) − Σ \(n.output)·\(n.name(of: .gradOutput)))"
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return kind.rawValue
        }
    }

    /// What each of its phases does, in a sentence or two.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            return
                "Each score becomes e to that score, divided by the sum over all scores: positive numbers that add up to 1. (The largest score is subtracted first, which changes nothing but keeps e^x finite.)"
        case .gradInput:
            return
                "Every probability depends on every score, so each input's gradient gathers all outputs' gradients through the softmax's Jacobian."
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return ""
        }
    }
}
