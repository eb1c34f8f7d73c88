import CNNEngine
import LessonModel

/// How a convolution's forward pass and its three gradients read.
extension Conv2D: OperationText {
    /// `Forward: Z = X ⊛ W + b`, `dL/dW = X ⋆ dL/dZ (…)`, `dL/dX = full convolution …`, `dL/db = Σ dL/dZ …`.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        let gradOut = n.name(of: .gradOutput)
        switch kind {
        case .forward:
            return "Forward: \(n.output) = \(n.input) ⊛ \(n.filters)" + (hasBias ? " + \(n.bias)" : "")
        case .forwardAsConvolution, .gradFilters:
            return "\(n.name(of: .gradFilters)) = \(n.input) ⋆ \(gradOut) (correlation, \(gradOut) dilated by the stride)"
        case .gradInput:
            return "\(n.name(of: .gradInput)) = full convolution of \(gradOut) with \(n.filters) rotated 180°"
        case .gradBias:
            return "\(n.name(of: .gradBias)) = Σ \(gradOut) over each filter's output"
        case .image, .table:
            return kind.rawValue
        }
    }

    /// How each sum is made: the window, the filter laid on it, the bias; for gradients, what flows where.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            return
                "Lay the filter on the window, multiply each pair of cells, and add the products (and the bias): that sum is the output cell. Then slide by the stride."
        case .forwardAsConvolution, .gradFilters:
            return "Each weight touched every window, so its gradient adds up input × \(n.name(of: .gradOutput)) over all output cells."
        case .gradInput:
            return
                "Pad \(n.name(of: .gradOutput)) (with zeros between cells when the stride is > 1), turn the filter 180°, and slide it: each sum is one cell of \(n.name(of: .gradInput))."
        case .gradBias:
            return "The bias is added to every output cell, so its gradient is the sum of that filter's output gradients."
        case .image, .table:
            return ""
        }
    }
}
