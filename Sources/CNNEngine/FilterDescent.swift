/// Learning a convolution's filters by plain gradient descent on the mean squared error against a target output:
/// each iteration computes Z = X ⊛ W, L = mean((Z − Y)²), dL/dZ = 2(Z − Y)/N, dL/dW = X ⋆ dL/dZ, then
/// W ← W − η · dL/dW. The filters and losses of every iteration are computed once, here; a step's terms are
/// rebuilt from them whenever it is shown.
public struct FilterDescent: Sendable {
    /// Where the target output comes from.
    public enum Target: Sendable, Equatable {
        /// Y given as it is, `[F][OH][OW]`.
        case output(Tensor)
        /// Y = X ⊛ W* for filters W* shaped like the learned ones: the filter the descent should find.
        case filters(Tensor)
    }

    /// The input X, `[C][H][W]`.
    public let input: Tensor
    /// The target output Y, `[F][OH][OW]`.
    public let target: Tensor
    /// The filters Y was made with, when it was made by a stated filter.
    public let targetFilters: Tensor?
    /// η.
    public let learningRate: Double
    /// Each iteration in order; iteration k starts from the filters iteration k − 1 ended with.
    public let iterations: [FilterDescentIteration]
    /// The filters after the last iteration.
    public let finalFilters: Tensor

    /// Runs `iterationCount` iterations (none when it is not positive) from `initialFilters`, with the stride,
    /// padding and dilation of a convolution without bias.
    public init(
        input: Tensor, target: Target, initialFilters: Tensor, learningRate: Double, iterationCount: Int,
        stride: Pair = Pair(1), padding: PaddingRule = .valid, dilation: Pair = Pair(1)
    ) throws(ShapeError) {
        func layer(_ filters: Tensor) throws(ShapeError) -> Conv2D {
            try Conv2D(input: input, filters: filters, stride: stride, padding: padding, dilation: dilation)
        }
        var current = try layer(initialFilters)
        switch target {
        case .output(let output):
            guard output.shape == current.outputShape else {
                throw .targetShapeMismatch(expected: current.outputShape, actual: output.shape)
            }
            (self.target, targetFilters) = (output, nil)
        case .filters(let filters):
            guard filters.shape == initialFilters.shape else {
                throw .targetShapeMismatch(expected: initialFilters.shape, actual: filters.shape)
            }
            (self.target, targetFilters) = (try layer(filters).forward.result(), filters)
        }
        var iterations: [FilterDescentIteration] = []
        for _ in 0..<max(0, iterationCount) {
            let iteration = try FilterDescentIteration(layer: current, target: self.target, learningRate: learningRate)
            iterations.append(iteration)
            current = try layer(iteration.update.result())
        }
        self.input = input
        self.learningRate = learningRate
        self.iterations = iterations
        self.finalFilters = current.filters
    }

    /// The filters iteration k starts from (k = the number of iterations gives the final filters).
    public func filters(before k: Int) -> Tensor {
        k < iterations.count ? iterations[k].layer.filters : finalFilters
    }

    /// L at the start of each iteration, before its update.
    public var losses: [Double] { iterations.map(\.loss.forward.loss) }

    /// The loss curve, one step per iteration: step k is iteration k's loss with all its terms.
    public var run: FilterDescentRun { FilterDescentRun(descent: self) }

    /// Starting filters of `shape` drawn from `seed`: tenths uniform in −1…1 (−1, −0.9, …, 1), easy to follow in
    /// the sums, the same on every machine.
    public static func seededFilters(shape: [Int], seed: UInt64) -> Tensor {
        var random = SeededRandom(seed: seed)
        var filters = Tensor(zeros: shape)
        for flat in 0..<filters.count { filters.accumulate(Double(random.below(21) - 10) / 10, atFlat: flat) }
        return filters
    }
}

/// One iteration of `FilterDescent`: the convolution with the filters it starts from, the loss of its output,
/// dL/dZ, and the update its dL/dW gives.
public struct FilterDescentIteration: Sendable {
    /// Z = X ⊛ W with this iteration's W.
    public let layer: Conv2D
    /// L = mean((Z − Y)²).
    public let loss: MeanSquaredError
    /// dL/dZ = 2(Z − Y)/N.
    public let gradOutput: Tensor
    /// W − η · dL/dW, with dL/dW = X ⋆ dL/dZ.
    public let update: GradientDescentStep

    init(layer: Conv2D, target: Tensor, learningRate: Double) throws(ShapeError) {
        let loss = try MeanSquaredError(input: layer.forward.result(), target: target)
        let gradOutput = loss.backward.result()
        let gradient = try layer.backward(gradOutput: gradOutput).filterGradient.result()
        self.layer = layer
        self.loss = loss
        self.gradOutput = gradOutput
        self.update = try GradientDescentStep(weights: layer.filters, gradient: gradient, learningRate: learningRate)
    }

    /// dL/dW of this iteration, step by step.
    public var filterGradient: Conv2DFilterGradient { Conv2DFilterGradient(layer: layer, gradOutput: gradOutput) }
}

/// The loss of every iteration of a `FilterDescent`: L[k] explained as iteration k's mean squared error.
public struct FilterDescentRun: TracedOperation {
    /// The descent whose losses these are.
    public let descent: FilterDescent

    /// `.loss`.
    public var resultName: TensorName { .loss }
    /// `[iterations]`.
    public var resultShape: [Int] { [descent.iterations.count] }

    /// L at the start of iteration `index[0]`.
    public func value(at index: [Int]) -> Double { descent.iterations[index[0]].loss.forward.loss }

    /// One term per output cell, as the loss step of that iteration has.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? descent.target.count : 0
    }

    /// Iteration k's loss step, numbered and placed as cell k of the curve, its predictions drawn as the
    /// convolution's output Z (the loss's input) rather than as the lesson's input X.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let loss = RelabeledOperation(descent.iterations[targetIndex[0]].loss.forward) { $0 == .input ? .output : $0 }
        let step = loss.makeStep(number: 0, targetIndex: [0])
        return Step(
            number: number, target: .loss, targetIndex: targetIndex, rule: step.rule, terms: step.terms, bias: nil, total: step.total)
    }

    /// Every iteration's loss.
    public func result() -> Tensor {
        Tensor(zeros: resultShape) { output in
            for (k, iteration) in descent.iterations.enumerated() { output[k] = iteration.loss.forward.loss }
        }
    }
}
