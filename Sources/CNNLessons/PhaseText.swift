import CNNEngine

/// Headings and default explanations for phases a lesson does not narrate itself.
enum PhaseText {
    /// A heading such as `Forward: Z = X ⊛ W + b`.
    static func title(_ kind: PhaseKind, stage: LessonStage, names n: TensorNames) -> String {
        let gradOut = n.name(of: .gradOutput)
        switch (kind, stage) {
        case (.image, _):
            return "The image as a matrix: \(n.input)[c][i][j] = intensity"
        case (.table, _):
            return "Shapes and learnable parameters, layer by layer"
        case (.forward, .convolution(let conv)):
            return "Forward: \(n.output) = \(n.input) ⊛ \(n.filters)" + (conv.hasBias ? " + \(n.bias)" : "")
        case (.forward, .relu):
            return "ReLU: \(n.output) = max(0, \(n.input))"
        case (.forward, .pooling(let pool)):
            let size = "\(pool.window.kernel.rows)×\(pool.window.kernel.columns)"
            return (pool.kind == .max ? "Max pooling " : "Average pooling ") + size
        case (.gradFilters, _):
            return "\(n.name(of: .gradFilters)) = \(n.input) ⋆ \(gradOut) (correlation, \(gradOut) dilated by the stride)"
        case (.gradInput, .convolution):
            return "\(n.name(of: .gradInput)) = full convolution of \(gradOut) with \(n.filters) rotated 180°"
        case (.gradInput, .relu):
            return "\(n.name(of: .gradInput)) = \(gradOut) where \(n.input) > 0, else 0"
        case (.gradInput, _):
            return "\(n.name(of: .gradInput)): each \(gradOut) flows back through its window"
        case (.gradBias, _):
            return "\(n.name(of: .gradBias)) = Σ \(gradOut) over each filter's output"
        default:
            return kind.rawValue
        }
    }

    /// A sentence or two that explains the phase when the lesson file has no narration for it.
    static func defaultNarration(_ kind: PhaseKind, stage: LessonStage, names n: TensorNames) -> String {
        switch (kind, stage) {
        case (.image, _):
            return "Each cell is one pixel's intensity; a colour image has one such matrix per channel."
        case (.table, _):
            return "A conv layer has (kernel height × width × input channels) weights per filter plus one bias per filter; pooling has none."
        case (.forward, .convolution):
            return "Lay the filter on the window, multiply each pair of cells, and add the products (and the bias): that sum is the output cell. Then slide by the stride."
        case (.forward, .relu):
            return "ReLU keeps positive values and turns negative ones into 0."
        case (.forward, .pooling(let pool)):
            return pool.kind == .max
                ? "Each output is the largest value in its window."
                : "Each output is the mean of its window (padding counts as 0)."
        case (.gradFilters, _):
            return "Each weight touched every window, so its gradient adds up input × \(n.name(of: .gradOutput)) over all output cells."
        case (.gradInput, .convolution):
            return "Pad \(n.name(of: .gradOutput)) (with zeros between cells when the stride is > 1), turn the filter 180°, and slide it: each sum is one cell of \(n.name(of: .gradInput))."
        case (.gradInput, .relu):
            return "The gradient passes where the input was positive and stops where it was not."
        case (.gradInput, .pooling(let pool)):
            return pool.kind == .max
                ? "Only the winner of each window receives that window's gradient."
                : "Each window spreads its gradient evenly over its cells."
        case (.gradBias, _):
            return "The bias is added to every output cell, so its gradient is the sum of that filter's output gradients."
        default:
            return ""
        }
    }
}
