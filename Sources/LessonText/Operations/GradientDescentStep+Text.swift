import CNNEngine
import LessonModel

/// How an update reads: W ← W − η · dL/dW.
extension GradientDescentStep: OperationText {
    /// `Update: W ← W − 0.1·dL/dW`.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward: return "Update: \(n.filters) ← \(n.filters) − \(NumberText.format(learningRate))·\(n.name(of: .gradFilters))"
        case .image, .table, .gradFilters, .gradInput, .gradBias, .forwardAsConvolution: return kind.rawValue
        }
    }

    /// Each weight steps against its gradient.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            return
                "Each weight takes a step against its gradient: \(n.filters) − η × \(n.name(of: .gradFilters)), with the learning rate η = "
                + "\(NumberText.format(learningRate)). A positive gradient means the loss grows with the weight, so the weight goes down; "
                + "a negative one sends it up."
        case .image, .table, .gradFilters, .gradInput, .gradBias, .forwardAsConvolution:
            return ""
        }
    }
}
