import CNNEngine
import LessonModel

/// How max and average pooling and their gradients read.
extension Pool2D: OperationText {
    /// `Max pooling 2×2` and `dL/dX: each dL/dP flows back through its window`.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            return (self.kind == .max ? "Max pooling " : "Average pooling ") + "\(window.kernel.rows)×\(window.kernel.columns)"
        case .gradInput:
            return "\(n.name(of: .gradInput)): each \(n.name(of: .gradOutput)) flows back through its window"
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias:
            return kind.rawValue
        }
    }

    /// Which cell wins (max) or how the mean is taken, and where the gradient goes.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            return self.kind == .max
                ? "Each output is the largest value in its window."
                : "Each output is the mean of its window (padding counts as 0)."
        case .gradInput:
            return self.kind == .max
                ? "Only the winner of each window receives that window's gradient."
                : "Each window spreads its gradient evenly over its cells."
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias:
            return ""
        }
    }
}
