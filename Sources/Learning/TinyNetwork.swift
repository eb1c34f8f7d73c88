import CNNEngine

/// conv → ReLU → max pool → flatten → dense → softmax: a digit classifier small enough to train in seconds and to
/// open, sample by sample, as a lesson with every sum. Each layer is the engine's, computed with its bulk `result()`.
public struct TinyNetwork: Equatable, Sendable {
    /// The layer sizes.
    public let shape: NetworkShape
    /// The weights and biases.
    public var parameters: NetworkParameters

    /// A network of `shape` with `parameters`, or nil when their shapes differ.
    public init?(shape: NetworkShape, parameters: NetworkParameters) {
        guard parameters.tensors.map(\.shape) == shape.parameterShapes.map(\.shape) else { return nil }
        self.shape = shape
        self.parameters = parameters
    }

    /// A network of a valid `shape` with PyTorch-style seeded starting weights (see `NetworkParameters`).
    public init(shape: NetworkShape, seed: UInt64) {
        var random = SeededRandom.derived(from: seed, purpose: 3)
        self.shape = shape
        self.parameters = NetworkParameters(seededFor: shape, random: &random)
    }

    /// The forward pass of one `[1][N][N]` image, every activation kept for the backward pass.
    public func forward(_ image: Tensor) throws(ShapeError) -> ForwardPass {
        let convolution = try Conv2D(input: image, filters: parameters.convolutionWeight, bias: parameters.convolutionBias)
        let convolved = convolution.forward.result()
        let rectifier = ReLU(input: convolved)
        let rectified = rectifier.forward.result()
        let pooling = try Pool2D(kind: .max, input: rectified, size: Pair(shape.poolSize))
        let pooled = pooling.forward.result()
        let flatten = try Flatten(input: pooled)
        let dense = try Dense(input: flatten.forward.result(), weight: parameters.denseWeight, bias: parameters.denseBias)
        return ForwardPass(
            convolution: convolution, rectifier: rectifier, pooling: pooling, flatten: flatten, dense: dense,
            logits: dense.forward.result())
    }

    /// The most probable class of `image`.
    public func predict(_ image: Tensor) throws(ShapeError) -> Int {
        try forward(image).prediction
    }

    /// The fraction of `samples` classified correctly (0 for none).
    public func accuracy(on samples: [DigitSample]) throws(ShapeError) -> Double {
        guard !samples.isEmpty else { return 0 }
        var correct = 0
        for sample in samples where try predict(sample.image) == sample.label { correct += 1 }
        return Double(correct) / Double(samples.count)
    }
}

/// One image's way through the network: each layer as the engine built it, so the backward pass reuses its input.
public struct ForwardPass: Sendable {
    /// The convolution with the image as input.
    public let convolution: Conv2D
    /// ReLU of the convolution's output Z.
    public let rectifier: ReLU
    /// Max pooling of the rectified maps.
    public let pooling: Pool2D
    /// The pooled maps laid out as one vector.
    public let flatten: Flatten
    /// The dense layer on the flattened features.
    public let dense: Dense
    /// The class scores z, `[classes]`.
    public let logits: Tensor

    /// softmax(z), `[classes]`.
    public var probabilities: Tensor { (try? Softmax(input: logits))?.probabilities ?? Tensor(zeros: logits.shape) }

    /// The class with the largest logit (the first of equals).
    public var prediction: Int {
        logits.scalars.indices.reduce(0) { logits.scalars[$1] > logits.scalars[$0] ? $1 : $0 }
    }

    /// The cross-entropy loss against `label` and the gradient of every parameter, from dL/dz = p − y back through
    /// the dense layer, the flattening, the pooling (to each window's first maximum), ReLU and the convolution.
    public func backward(label: Int) throws(ShapeError) -> (loss: Double, gradients: NetworkParameters) {
        let loss = try SoftmaxCrossEntropy(input: logits, target: .index(label))
        let denseBackward = try dense.backward(gradOutput: loss.backward.result())
        let gradPooled = try flatten.backward(gradOutput: denseBackward.inputGradient.result()).result()
        let gradRectified = try pooling.backward(gradOutput: gradPooled).result()
        let gradConvolved = try rectifier.backward(gradOutput: gradRectified).result()
        let convolutionBackward = try convolution.backward(gradOutput: gradConvolved)
        let gradients = NetworkParameters(
            convolutionWeight: convolutionBackward.filterGradient.result(), convolutionBias: convolutionBackward.biasGradient.result(),
            denseWeight: denseBackward.weightGradient.result(), denseBias: denseBackward.biasGradient.result())
        return (loss.forward.loss, gradients)
    }
}
