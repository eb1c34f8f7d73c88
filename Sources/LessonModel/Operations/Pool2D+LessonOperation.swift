import CNNEngine

/// A max or average pooling stage: forward, then dL/dX.
extension Pool2D: LessonOperation {
    /// `maxpool2d` or `avgpool2d`.
    public var operationName: String { kind == .max ? "maxpool2d" : "avgpool2d" }
    /// Its input.
    public var stageInput: Tensor? { input }
    /// One window summary per output cell.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.forward, .traced(forward)) }

    /// dL/dX only: pooling learns nothing.
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] {
        guard let backward = try? backward(gradOutput: gradOutput) else { return [] }
        return [(.gradInput, backward)]
    }

    /// `4×4, 2×2 window`.
    public var sizeSummary: String {
        "\(Self.dimensions(input.shape)), \(window.kernel.rows)×\(window.kernel.columns) window"
    }

    /// `P`.
    public var outputName: String { "P" }

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
    /// The pooling window.
    public var slidingWindow: SlidingWindow2D? { window }
    /// The input with its padding, as the window sees it.
    public var windowInput: PaddedInput? { paddedInput }
    /// No parameters.
    public var hasLearnableParameters: Bool { false }
}
