import CNNEngine

/// A sigmoid stage (the logistic function, cell by cell): forward, then dL/dX.
extension Sigmoid: LessonOperation {
    /// `sigmoid`.
    public var operationName: String { "sigmoid" }
    /// Its input.
    public var stageInput: Tensor? { input }
    /// One step per output cell.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.forward, .traced(forward)) }

    /// dL/dX only.
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] {
        guard let backward = try? backward(gradOutput: gradOutput) else { return [] }
        return [(.gradInput, backward)]
    }

    /// The input's size.
    public var sizeSummary: String { Self.dimensions(input.shape) }
    /// `A`.
    public var outputName: String { "A" }

    /// X forward; X and dL/dO for dL/dX.
    public func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)] {
        switch kind {
        case .forward: return [(.input, input)]
        case .gradInput: return [(.input, input)] + (gradOutput.map { [(.gradOutput, $0)] } ?? [])
        case .image, .table, .gradFilters, .gradBias: return []
        }
    }

    /// None.
    public var parameterShapes: [TensorName: [Int]] { [:] }
    /// None.
    public var slidingWindow: SlidingWindow2D? { nil }
    /// None: it slides no window.
    public var windowInput: PaddedInput? { nil }
    /// No parameters.
    public var hasLearnableParameters: Bool { false }
}
