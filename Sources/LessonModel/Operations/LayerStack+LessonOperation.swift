import CNNEngine

/// An architecture stage: a table of activation shapes and parameter counts, one row per layer.
extension LayerStack: LessonOperation {
    /// `architecture`.
    public var operationName: String { "architecture" }
    /// None: a table has no input tensor.
    public var stageInput: Tensor? { nil }
    /// One row per layer (none when the stack does not fit together, which the lesson reader refuses).
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.table, .table((try? rows()) ?? [])) }

    /// None.
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] { [] }

    /// `7 layers`.
    public var sizeSummary: String { "\(layers.count) layers" }
    /// `O` (a table is always a lesson's only stage).
    public var outputName: String { "O" }

    /// None: rows are computed from shapes alone.
    public func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)] { [] }

    /// None.
    public var parameterShapes: [TensorName: [Int]] { [:] }
    /// None.
    public var slidingWindow: SlidingWindow2D? { nil }
    /// None: it slides no window.
    public var windowInput: PaddedInput? { nil }
    /// Not as a stage: its rows count the parameters of the layers it describes.
    public var hasLearnableParameters: Bool { false }
}
