import CNNEngine

/// An image stage: its pixels read one by one; nothing flows back.
extension ImageReading: LessonOperation {
    /// `image`.
    public var operationName: String { "image" }
    /// The image.
    public var stageInput: Tensor? { image }
    /// One step per pixel.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.image, .traced(self)) }

    /// None: an image has no backward pass.
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] { [] }

    /// The image's size.
    public var sizeSummary: String { Self.dimensions(image.shape) }
    /// `O` (an image is always a lesson's only stage).
    public var outputName: String { "O" }

    /// The image itself.
    public func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)] {
        switch kind {
        case .forwardAsConvolution, .image: return [(.input, image)]
        case .forward, .table, .gradFilters, .gradInput, .gradBias: return []
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
