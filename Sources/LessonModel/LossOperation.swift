import CNNEngine

/// A loss: L in one step from the prediction and a target, then dL/dX, which starts the backward pass with
/// dL/dL = 1. It supplies everything `LessonOperation` asks but its name.
public protocol LossOperation: LessonOperation {
    /// The prediction X.
    var input: Tensor { get }
    /// The target as a tensor shaped like X (a class as its one-hot vector).
    var targetTensor: Tensor { get }
    /// L, one step over every cell.
    var forward: LossForward { get }
    /// dL/dX.
    var backward: LossGradient { get }
}

extension LossOperation {
    /// X.
    public var stageInput: Tensor? { input }
    /// L.
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
        case .forward, .gradInput: return [(.input, input), (.target, targetTensor)]
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return []
        }
    }

    /// The target and the probabilities, shaped like the input.
    public var parameterShapes: [TensorName: [Int]] { [.target: input.shape, .probabilities: input.shape] }
    /// None.
    public var slidingWindow: SlidingWindow2D? { nil }
    /// None: it slides no window.
    public var windowInput: PaddedInput? { nil }
    /// No parameters.
    public var hasLearnableParameters: Bool { false }
}
