import CNNEngine
import LessonModel

/// How `cross_entropy` and its gradient read.
extension SoftmaxCrossEntropy: OperationText {
    /// The heading of each of its phases.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward: return "Cross-entropy: L = −log softmax(\(n.input))[t]"
        case .gradInput: return "\(n.name(of: .gradInput)) = p − y"
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return kind.rawValue
        }
    }

    /// What each of its phases does, in a sentence or two.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            return
                "Softmax turns the scores into probabilities p; the loss is −log of the probability of the correct class t (computed as log Σ e^x − x[t], which stays finite)."
        case .gradInput:
            return
                "Softmax and cross-entropy together have the simplest gradient of all: the probabilities minus the one-hot target, p − y. The backward pass starts here, with dL/dL = 1."
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return ""
        }
    }
}
