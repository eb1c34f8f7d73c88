import CNNEngine
import LessonModel

/// How ReLU and its gradient read.
extension ReLU: OperationText {
    /// `ReLU: A = max(0, Z)` and `dL/dZ = dL/dA where Z > 0, else 0`.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward: return "ReLU: \(n.output) = max(0, \(n.input))"
        case .gradInput: return "\(n.name(of: .gradInput)) = \(n.name(of: .gradOutput)) where \(n.input) > 0, else 0"
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return kind.rawValue
        }
    }

    /// What passes and what stops.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward: return "ReLU keeps positive values and turns negative ones into 0."
        case .gradInput: return "The gradient passes where the input was positive and stops where it was not."
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return ""
        }
    }
}
