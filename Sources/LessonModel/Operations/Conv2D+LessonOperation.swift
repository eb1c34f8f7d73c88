import CNNEngine

/// A convolution stage: forward, then dL/dW, dL/dX and dL/db.
extension Conv2D: LessonOperation {
    /// `conv2d`.
    public var operationName: String { "conv2d" }
    /// `X`, `[C][H][W]`.
    public var stageInput: Tensor? { input }
    /// The forward sums.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.forward, .traced(forward)) }

    /// dL/dW, dL/dX, then dL/db.
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] {
        guard let backward = try? backward(gradOutput: gradOutput) else { return [] }
        return [(.gradFilters, backward.filterGradient), (.gradInput, backward.inputGradient), (.gradBias, backward.biasGradient)]
    }

    /// `6×6 ⊛ 3×3`, or `3×6×6 ⊛ 2×3×3×3` with several channels and filters.
    public var sizeSummary: String {
        let kernel = filters.shape[0] == 1 ? Self.dimensions(Array(filters.shape.dropFirst())) : Self.dimensions(filters.shape)
        return "\(Self.dimensions(input.shape)) ⊛ \(kernel)"
    }

    /// `Z`.
    public var outputName: String { "Z" }

    /// X, W, b forward; X and dL/dO for dL/dW; dL/dO, its full grid and the rotated filters for dL/dX.
    public func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)] {
        switch kind {
        case .forward:
            return [(.input, input), (.filters, filters)] + (hasBias ? [(.bias, bias)] : [])
        case .forwardAsConvolution, .gradFilters:
            return [(.input, input)] + (gradOutput.map { [(.gradOutput, $0)] } ?? [])
        case .gradInput:
            guard let gradOutput else { return [] }
            let grid = ZeroInsertedGrid(layer: self, gradOutput: gradOutput)
            let full = Tensor(shape: [filterCount, grid.size.rows, grid.size.columns]) {
                grid.cell(plane: $0[0], row: $0[1], column: $0[2]).value
            }
            return [(.gradOutput, gradOutput), (.gradOutputFullGrid, full), (.rotatedFilters, rotatedFilters)]
        case .gradBias:
            return gradOutput.map { [(.gradOutput, $0)] } ?? []
        case .image, .table:
            return []
        }
    }

    /// The filters, their rotation and gradient; the bias and its gradient.
    public var parameterShapes: [TensorName: [Int]] {
        [.filters: filters.shape, .rotatedFilters: filters.shape, .gradFilters: filters.shape, .bias: bias.shape, .gradBias: bias.shape]
    }

    /// The convolution window.
    public var slidingWindow: SlidingWindow2D? { window }
    /// The input with its padding, as the window sees it.
    public var windowInput: PaddedInput? { paddedInput }
    /// Filters and bias are learned.
    public var hasLearnableParameters: Bool { true }
}
