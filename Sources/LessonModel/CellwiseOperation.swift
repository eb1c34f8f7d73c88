import CNNEngine

/// An operation with one input, no parameters and no window, whose backward pass is a single dL/dX: ReLU,
/// the sigmoid, softmax. It supplies everything `LessonOperation` asks but its name and output's name.
public protocol CellwiseOperation: LessonOperation {
    /// Its forward pass's type.
    associatedtype Forward: TracedOperation
    /// Its backward pass's type.
    associatedtype Backward: TracedOperation
    /// X.
    var input: Tensor { get }
    /// The forward pass, step by step.
    var forward: Forward { get }
    /// dL/dX for a dL/dO shaped like the output.
    func backward(gradOutput: Tensor) throws(ShapeError) -> Backward
}

extension CellwiseOperation {
    /// X.
    public var stageInput: Tensor? { input }
    /// One step per output cell.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.forward, .traced(forward)) }

    /// dL/dX only: it learns nothing.
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] {
        guard let backward = try? backward(gradOutput: gradOutput) else { return [] }
        return [(.gradInput, backward)]
    }

    /// The input's size.
    public var sizeSummary: String { Self.dimensions(input.shape) }

    /// X forward; X and dL/dO for dL/dX.
    public func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)] {
        switch kind {
        case .forward: return [(.input, input)]
        case .gradInput: return [(.input, input)] + (gradOutput.map { [(.gradOutput, $0)] } ?? [])
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return []
        }
    }

    /// None.
    public var parameterShapes: [TensorName: [Int]] { [:] }
    /// None: it looks at one cell, or at the whole vector, not through a window.
    public var slidingWindow: SlidingWindow2D? { nil }
    /// None: it slides no window.
    public var windowInput: PaddedInput? { nil }
    /// No parameters.
    public var hasLearnableParameters: Bool { false }
}
