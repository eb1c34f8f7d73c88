import CNNEngine

/// A `cross_entropy` stage (softmax and cross-entropy from logits and a class): L in one step, then dL/dX, which starts the backward pass with dL/dL = 1.
extension SoftmaxCrossEntropy: LessonOperation {
    /// `cross_entropy`, PyTorch's name.
    public var operationName: String { "cross_entropy" }
    /// Its input.
    public var stageInput: Tensor? { input }
    /// L, one step over every cell.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.forward, .traced(forward)) }

    /// dL/dX, whatever dL/dL is (a loss ends the network, so it is 1).
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] {
        [(.gradInput, backward)]
    }

    /// `3 → L`.
    public var sizeSummary: String { "\(Self.dimensions(input.shape)) → L" }
    /// `L`.
    public var outputName: String { "L" }

    /// X and the target y, for the loss and for its gradient.
    public func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)] {
        switch kind {
        case .forward, .gradInput: return [(.input, input), (.target, oneHot)]
        case .image, .table, .gradFilters, .gradBias: return []
        }
    }

    /// The target, shaped like the input.
    public var parameterShapes: [TensorName: [Int]] { [.target: input.shape, .probabilities: input.shape] }
    /// None.
    public var slidingWindow: SlidingWindow2D? { nil }
    /// None: it slides no window.
    public var windowInput: PaddedInput? { nil }
    /// No parameters.
    public var hasLearnableParameters: Bool { false }
}
