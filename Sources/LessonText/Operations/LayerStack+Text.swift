import CNNEngine
import LessonModel

/// How a layer table reads.
extension LayerStack: OperationText {
    /// `Shapes and learnable parameters, layer by layer`.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forwardAsConvolution, .table: return "Shapes and learnable parameters, layer by layer"
        case .image, .forward, .gradFilters, .gradInput, .gradBias: return kind.rawValue
        }
    }

    /// How parameters are counted.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forwardAsConvolution, .table:
            return
                "A conv layer has (kernel height × width × input channels / groups) weights per filter plus one bias per filter; pooling and activations have none."
        case .image, .forward, .gradFilters, .gradInput, .gradBias:
            return ""
        }
    }
}
