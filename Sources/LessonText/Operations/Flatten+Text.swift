import CNNEngine
import LessonModel

/// How `flatten` and its gradient read.
extension Flatten: OperationText {
    /// The heading of each of its phases.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward: return "Flatten: \(n.output) = \(n.input) laid out as one vector"
        case .gradInput: return "\(n.name(of: .gradInput)) = \(n.name(of: .gradOutput)) put back in \(n.input)'s shape"
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return kind.rawValue
        }
    }

    /// What each of its phases does, in a sentence or two.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            return "Each output copies one input cell: channel by channel, and row by row within a channel, as torch.flatten does."
        case .gradInput: return "Flattening moves values without changing them, so each gradient goes back to the cell it came from."
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return ""
        }
    }
}
