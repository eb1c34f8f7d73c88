import CNNEngine
import LessonModel

/// How a transposed convolution reads: two ways to the same output, and its backward pass, which is an
/// ordinary convolution.
extension ConvTranspose2D: OperationText {
    /// The heading of each of its phases.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        let gradOut = n.name(of: .gradOutput)
        switch kind {
        case .forward:
            return "Transposed convolution: each \(n.input) cell stamps \(n.filters) onto \(n.output)" + (hasBias ? ", plus \(n.bias)" : "")
        case .forwardAsConvolution:
            return "The same \(n.output) as a convolution: \(n.input) zero-inserted and padded ⊛ \(n.filters) rotated 180°"
        case .gradFilters:
            return "\(n.name(of: .gradFilters)): each weight's stamps, \(n.input) × \(gradOut), added up"
        case .gradInput:
            return "\(n.name(of: .gradInput)) = \(gradOut) ⊛ \(n.filters): an ordinary convolution"
        case .gradBias:
            return "\(n.name(of: .gradBias)) = Σ \(gradOut) over each output channel"
        case .image, .table:
            return kind.rawValue
        }
    }

    /// What each phase does.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            return
                "Each input cell lays a copy of the kernel, scaled by its value, on the output, a stride apart; where copies overlap they add. The stamp count beside the output shows how many copies cover each cell: uneven counts are where checkerboard patterns come from."
        case .forwardAsConvolution:
            return
                "Insert stride − 1 zeros between the input's cells, pad the result, turn the kernel 180° and slide it as an ordinary convolution: every sum equals the stamps of the phase before. This is exactly how dL/dX of a convolution is computed (see the backward lessons)."
        case .gradFilters:
            return
                "Each weight stamped every input cell onto some output cells, so its gradient adds input × \(n.name(of: .gradOutput)) over those pairs."
        case .gradInput:
            return
                "Going back, each input cell's stamp is read through the same kernel: \(n.name(of: .gradInput)) is an ordinary convolution of \(n.name(of: .gradOutput)) with \(n.filters), with the layer's stride, padding and dilation."
        case .gradBias:
            return
                "The bias is added to every cell of its output channel, so its gradient is that channel's sum of \(n.name(of: .gradOutput))."
        case .image, .table:
            return ""
        }
    }
}
