import CNNEngine

/// A ReLU stage: forward, then dL/dX.
extension ReLU: LessonOperation {
    /// `relu`.
    public var operationName: String { "relu" }
    /// Its input.
    public var stageInput: Tensor? { input }
    /// max(0, x) cell by cell.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.forward, .traced(forward)) }

    /// dL/dX only: ReLU learns nothing.
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] {
        guard let backward = try? backward(gradOutput: gradOutput) else { return [] }
        return [(.gradInput, backward)]
    }

    /// The input's size.
    public var sizeSummary: String { Self.dimensions(input.shape) }
    /// `A`, the activation.
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
    /// None: ReLU looks at one cell at a time.
    public var slidingWindow: SlidingWindow2D? { nil }
    /// None: it slides no window.
    public var windowInput: PaddedInput? { nil }
    /// No parameters.
    public var hasLearnableParameters: Bool { false }
}
