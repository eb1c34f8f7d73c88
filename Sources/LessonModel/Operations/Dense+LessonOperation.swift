import CNNEngine

/// A fully connected (linear) stage: forward, then dL/dW, dL/dX and dL/db, as a convolution has.
extension Dense: LessonOperation {
    /// `linear`, PyTorch's name.
    public var operationName: String { "linear" }
    /// x, `[In]`.
    public var stageInput: Tensor? { input }
    /// One row of W against x per output.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.forward, .traced(forward)) }

    /// dL/dW, dL/dX, then dL/db.
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] {
        guard let backward = try? backward(gradOutput: gradOutput) else { return [] }
        return [(.gradFilters, backward.weightGradient), (.gradInput, backward.inputGradient), (.gradBias, backward.biasGradient)]
    }

    /// `18 → 3`.
    public var sizeSummary: String { "\(inputCount) → \(outputCount)" }
    /// `Y`.
    public var outputName: String { "Y" }

    /// x, W, b forward; x and dL/dY for dL/dW; W and dL/dY for dL/dX; dL/dY for dL/db.
    public func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)] {
        let gradient = gradOutput.map { [(name: TensorName.gradOutput, tensor: $0)] } ?? []
        switch kind {
        case .forward: return [(.input, input), (.filters, weight)] + (hasBias ? [(.bias, bias)] : [])
        case .forwardAsConvolution, .gradFilters: return [(.input, input)] + gradient
        case .gradInput: return [(.filters, weight)] + gradient
        case .gradBias: return gradient
        case .image, .table: return []
        }
    }

    /// The weight and bias and their gradients.
    public var parameterShapes: [TensorName: [Int]] {
        [.filters: weight.shape, .gradFilters: weight.shape, .bias: bias.shape, .gradBias: bias.shape]
    }

    /// None.
    public var slidingWindow: SlidingWindow2D? { nil }
    /// None: it slides no window.
    public var windowInput: PaddedInput? { nil }
    /// Weight and bias are learned.
    public var hasLearnableParameters: Bool { true }
}
