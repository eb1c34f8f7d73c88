import CNNEngine
import LessonModel

/// How `linear` and its gradients read.
extension Dense: OperationText {
    /// The heading of each of its phases.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward: return "Linear: \(n.output) = \(n.filters)·\(n.input)" + (hasBias ? " + \(n.bias)" : "")
        case .forwardAsConvolution, .gradFilters: return "\(n.name(of: .gradFilters)) = \(n.name(of: .gradOutput)) · \(n.input)ᵀ"
        case .gradInput: return "\(n.name(of: .gradInput)) = \(n.filters)ᵀ · \(n.name(of: .gradOutput))"
        case .gradBias: return "\(n.name(of: .gradBias)) = \(n.name(of: .gradOutput))"
        case .image, .table: return kind.rawValue
        }
    }

    /// What each of its phases does, in a sentence or two.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            return
                "Each output is one row of the weight matrix times the input vector, plus that output's bias: a convolution whose window is the whole input."
        case .forwardAsConvolution, .gradFilters:
            return "Weight W[o][i] multiplied input i into output o, so its gradient is output o's gradient times input i."
        case .gradInput:
            return
                "Input i fed every output through column i of the weights, so its gradient adds up each output's gradient times that weight."
        case .gradBias: return "Each bias is added to one output, so its gradient is that output's gradient."
        case .image, .table: return ""
        }
    }
}
