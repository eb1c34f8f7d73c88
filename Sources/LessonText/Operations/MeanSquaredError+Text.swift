import CNNEngine
import LessonModel

/// How `mse_loss` and its gradient read.
extension MeanSquaredError: OperationText {
    /// The heading of each of its phases.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward: return "MSE loss: L = mean((\(n.input) − y)²)"
        case .gradInput: return "\(n.name(of: .gradInput)) = 2·(\(n.input) − y) / N"
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return kind.rawValue
        }
    }

    /// What each of its phases does, in a sentence or two.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward: return "The loss is the mean of the squared differences between the prediction and the target y."
        case .gradInput:
            return
                "The backward pass starts here, with dL/dL = 1: each prediction's gradient is twice its error divided by the number of values."
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return ""
        }
    }
}
