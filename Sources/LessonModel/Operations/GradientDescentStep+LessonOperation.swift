import CNNEngine

/// An update stage, W ← W − η · dL/dW: one step per weight, nothing before or after it (a loop's last part).
extension GradientDescentStep: LessonOperation {
    /// `sgd_step`.
    public var operationName: String { "sgd_step" }
    /// W.
    public var stageInput: Tensor? { weights }
    /// One step per weight.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) { (.forward, .traced(self)) }
    /// None: the update ends an iteration.
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] { [] }
    /// `3×3 − η·3×3`.
    public var sizeSummary: String { "\(Self.dimensions(weights.shape)) − η·\(Self.dimensions(gradient.shape))" }
    /// `W`: the new weights replace the old.
    public var outputName: String { "W" }

    /// W and dL/dW.
    public func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)] {
        switch kind {
        case .forward: return [(.filters, weights), (.gradFilters, gradient)]
        case .image, .table, .gradFilters, .gradInput, .gradBias, .forwardAsConvolution: return []
        }
    }

    /// The weights and their gradient.
    public var parameterShapes: [TensorName: [Int]] { [.filters: weights.shape, .gradFilters: gradient.shape] }
    /// None.
    public var slidingWindow: SlidingWindow2D? { nil }
    /// None: it slides no window.
    public var windowInput: PaddedInput? { nil }
    /// It changes parameters rather than having its own.
    public var hasLearnableParameters: Bool { false }
}
