import CNNEngine

/// A transposed convolution stage: the stamps, the same output as an ordinary convolution of the zero-inserted
/// input with the rotated kernel, then dL/dW, dL/dX (an ordinary convolution) and dL/db.
extension ConvTranspose2D: LessonOperation {
    /// `conv_transpose2d`, PyTorch's name.
    public var operationName: String { "conv_transpose2d" }
    /// X, `[C][H][W]`.
    public var stageInput: Tensor? { input }
    /// Each output cell as the sum of the stamps covering it.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.forward, .traced(stamps)) }
    /// The same cells as a convolution of the zero-inserted, padded input with the 180°-rotated kernel.
    public var alternativeForwardPhases: [(kind: PhaseKind, operation: any TracedOperation)] {
        [(.forwardAsConvolution, convolutionView)]
    }

    /// dL/dW, dL/dX, then dL/db.
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] {
        guard let backward = try? backward(gradOutput: gradOutput) else { return [] }
        return [(.gradFilters, backward.filterGradient), (.gradInput, backward.inputGradient), (.gradBias, backward.biasGradient)]
    }

    /// `2×2 → 5×5, kernel 3×3`.
    public var sizeSummary: String {
        "\(Self.dimensions(input.shape)) → \(Self.dimensions(outputShape)), kernel \(weight.shape[2])×\(weight.shape[3])"
    }

    /// `Z`.
    public var outputName: String { "Z" }

    /// X, W, b for the stamps; the zero-inserted grid and rotated W for the convolution view; X and dL/dZ for
    /// dL/dW; dL/dZ and W for dL/dX; dL/dZ for dL/db.
    public func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)] {
        let gradient = gradOutput.map { [(name: TensorName.gradOutput, tensor: $0)] } ?? []
        switch kind {
        case .forward:
            return [(.input, input), (.filters, weight)] + (hasBias ? [(.bias, bias)] : [])
        case .forwardAsConvolution:
            let grid = inputGrid
            let cells = Tensor(shape: [channelCount, grid.size.rows, grid.size.columns]) {
                grid.cell(plane: $0[0], row: $0[1], column: $0[2]).value
            }
            let rotated = Tensor(shape: weight.shape) { weight[weight.rotated180Index($0[0], $0[1], $0[2], $0[3])] }
            return [(.zeroInsertedInput, cells), (.rotatedFilters, rotated)] + (hasBias ? [(.bias, bias)] : [])
        case .gradFilters: return [(.input, input)] + gradient
        case .gradInput: return gradient + [(.filters, weight)]
        case .gradBias: return gradient
        case .image, .table: return []
        }
    }

    /// The weight, its rotation and gradient; the bias and its gradient.
    public var parameterShapes: [TensorName: [Int]] {
        [.filters: weight.shape, .rotatedFilters: weight.shape, .gradFilters: weight.shape, .bias: bias.shape, .gradBias: bias.shape]
    }

    /// None: it stamps rather than slides (its convolution view's window is internal).
    public var slidingWindow: SlidingWindow2D? { nil }
    /// None.
    public var windowInput: PaddedInput? { nil }
    /// No: a forward step gathers the stamps of scattered input cells, not one window.
    public var readsWindows: Bool { false }
    /// Weight and bias are learned.
    public var hasLearnableParameters: Bool { true }
}
