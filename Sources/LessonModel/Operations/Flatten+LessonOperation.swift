import CNNEngine

/// A flatten stage: forward (each output copies one input cell), then dL/dX (the gradient reshaped back).
extension Flatten: LessonOperation {
    /// `flatten`.
    public var operationName: String { "flatten" }
    /// Its input, `[C][H][W]`.
    public var stageInput: Tensor? { input }
    /// One copied cell per output.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.forward, .traced(forward)) }

    /// dL/dX only.
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] {
        guard let backward = try? backward(gradOutput: gradOutput) else { return [] }
        return [(.gradInput, backward)]
    }

    /// `2×3×3 → 18`.
    public var sizeSummary: String { "\(Self.dimensions(input.shape)) → \(input.count)" }
    /// `V`, the vector.
    public var outputName: String { "V" }

    /// X forward; dL/dO for dL/dX.
    public func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)] {
        switch kind {
        case .forward: return [(.input, input)]
        case .gradInput: return gradOutput.map { [(.gradOutput, $0)] } ?? []
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias: return []
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
