import CNNEngine

/// A `learn_filter` stage: the loss curve of the whole run, then each iteration's forward pass, loss, dL/dZ, dL/dW
/// and update as phases of their own.
extension FilterDescent: LoopingOperation {
    /// `learn_filter`.
    public var operationName: String { "learn_filter" }
    /// X.
    public var stageInput: Tensor? { input }
    /// The first iteration's convolution, which gives the stage's output its name and shape (Z); the lesson's
    /// phases are `loopPhases`, the run first.
    public var forwardPhase: (kind: PhaseKind, content: PhaseContent) {
        guard let first = iterations.first else { return (.forward, .traced(run)) }
        return (.forward, .traced(first.layer.forward))
    }
    /// None outside the loop: each iteration has its own dL/dZ and dL/dW (see `loopPhases`).
    public func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)] { [] }

    /// `6×6 ⊛ 3×3, 20 iterations`.
    public var sizeSummary: String {
        let filters = filters(before: 0)
        let kernel = filters.shape[0] == 1 ? Self.dimensions(Array(filters.shape.dropFirst())) : Self.dimensions(filters.shape)
        return "\(Self.dimensions(input.shape)) ⊛ \(kernel), \(iterations.count) iteration" + (iterations.count == 1 ? "" : "s")
    }

    /// `W`: what the loop ends with.
    public var outputName: String { "W" }

    /// What the run starts from: X, the target y and the starting W (each step's Z is that iteration's own).
    public func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)] {
        switch kind {
        case .forward: return [(.input, input), (.target, target), (.filters, filters(before: 0))]
        case .image, .table, .gradFilters, .gradInput, .gradBias, .forwardAsConvolution: return []
        }
    }

    /// The filters, their gradient, the target and the loss curve.
    public var parameterShapes: [TensorName: [Int]] {
        let shape = filters(before: 0).shape
        return [.filters: shape, .gradFilters: shape, .target: target.shape, .loss: [iterations.count]]
    }

    /// None: the run's steps are losses, one per iteration (each iteration's convolution has its own window).
    public var slidingWindow: SlidingWindow2D? { nil }
    /// None: it slides no window itself.
    public var windowInput: PaddedInput? { nil }
    /// The filters are learned.
    public var hasLearnableParameters: Bool { true }

    /// The run first, then for each iteration: Z = X ⊛ W, L, dL/dZ, dL/dW, W ← W − η · dL/dW. The loss and dL/dZ
    /// name the convolution's output as their input.
    public func loopPhases(names: TensorNames) -> [LoopPhase] {
        let count = iterations.count
        let lossNames = TensorNames(input: names.output, filters: names.filters, bias: names.bias, output: "L")
        var phases = [
            LoopPhase(
                stage: .learnFilter(self), kind: .forward, operation: run, names: names, gradOutput: nil,
                position: LoopPosition(part: .run, iteration: nil, iterations: count))
        ]
        for (k, iteration) in iterations.enumerated() {
            func position(_ part: LoopPosition.Part) -> LoopPosition { LoopPosition(part: part, iteration: k, iterations: count) }
            let convolution = LessonStage.convolution(iteration.layer), loss = LessonStage.meanSquaredError(iteration.loss)
            phases += [
                LoopPhase(
                    stage: convolution, kind: .forward, operation: iteration.layer.forward, names: names, gradOutput: nil,
                    position: position(.forward)),
                LoopPhase(
                    stage: loss, kind: .forward, operation: iteration.loss.forward, names: lossNames, gradOutput: nil,
                    position: position(.loss)),
                LoopPhase(
                    stage: loss, kind: .gradInput, operation: iteration.loss.backward, names: lossNames, gradOutput: nil,
                    position: position(.gradOutput)),
                LoopPhase(
                    stage: convolution, kind: .gradFilters, operation: iteration.filterGradient, names: names,
                    gradOutput: iteration.gradOutput, position: position(.gradFilters)),
                LoopPhase(
                    stage: .gradientStep(iteration.update), kind: .forward, operation: iteration.update, names: names, gradOutput: nil,
                    position: position(.update)),
            ]
        }
        return phases
    }

    /// `output`, `grad_filters`, `losses`.
    public static var loopResultKeys: [ResultKey] { [.output, .gradFilters, .losses] }

    /// The learned filters, the first iteration's dL/dW, and the loss of every iteration.
    public var loopResultShapes: [ResultKey: [Int]] {
        let shape = filters(before: 0).shape
        return [.output: shape, .gradFilters: shape, .losses: [iterations.count]]
    }
}
