import CNNEngine

/// The tiny network's learnable tensors, or a gradient with the same shapes (dL/d of each).
public struct NetworkParameters: Equatable, Sendable {
    /// The convolution filters, `[F][1][K][K]`.
    public var convolutionWeight: Tensor
    /// One bias per filter, `[F]`.
    public var convolutionBias: Tensor
    /// The dense layer's weights, `[classes][features]` (PyTorch's `nn.Linear.weight`).
    public var denseWeight: Tensor
    /// One bias per class, `[classes]`.
    public var denseBias: Tensor

    /// All zeros, shaped for `shape` (where a batch's gradients are summed).
    public init(zerosFor shape: NetworkShape) {
        let tensors = shape.parameterShapes.map { Tensor(zeros: $0.shape) }
        self.init(convolutionWeight: tensors[0], convolutionBias: tensors[1], denseWeight: tensors[2], denseBias: tensors[3])
    }

    /// PyTorch's default start for `Conv2d` and `Linear`: every weight and bias uniform in ±1/√(fan-in), fan-in
    /// being K·K for the filters and the feature count for the dense layer; drawn in file order from `random`.
    public init(seededFor shape: NetworkShape, random: inout SeededRandom) {
        let fanIns = [shape.kernelSize * shape.kernelSize, shape.kernelSize * shape.kernelSize, shape.featureCount, shape.featureCount]
        let tensors = zip(shape.parameterShapes, fanIns).map { entry, fanIn in
            let bound = 1 / Double(fanIn).squareRoot()
            var tensor = Tensor(zeros: entry.shape)
            for flat in 0..<tensor.count { tensor.accumulate(random.uniform(-bound, bound), atFlat: flat) }
            return tensor
        }
        self.init(convolutionWeight: tensors[0], convolutionBias: tensors[1], denseWeight: tensors[2], denseBias: tensors[3])
    }

    /// Creates parameters from their four tensors.
    public init(convolutionWeight: Tensor, convolutionBias: Tensor, denseWeight: Tensor, denseBias: Tensor) {
        self.convolutionWeight = convolutionWeight
        self.convolutionBias = convolutionBias
        self.denseWeight = denseWeight
        self.denseBias = denseBias
    }

    /// The four tensors in the order of `NetworkShape.parameterShapes` (and of the weight file).
    public var tensors: [Tensor] { [convolutionWeight, convolutionBias, denseWeight, denseBias] }

    /// Parameters from four tensors in file order, or nil unless their shapes are exactly `shape`'s.
    public init?(tensors: [Tensor], shape: NetworkShape) {
        guard tensors.map(\.shape) == shape.parameterShapes.map(\.shape) else { return nil }
        self.init(convolutionWeight: tensors[0], convolutionBias: tensors[1], denseWeight: tensors[2], denseBias: tensors[3])
    }

    /// Adds `other` to every value: one image's gradient summed into its batch's.
    public mutating func add(_ other: NetworkParameters) {
        Self.add(other.convolutionWeight, to: &convolutionWeight)
        Self.add(other.convolutionBias, to: &convolutionBias)
        Self.add(other.denseWeight, to: &denseWeight)
        Self.add(other.denseBias, to: &denseBias)
    }

    /// One step of gradient descent on every tensor: θ − η · g, with the engine's `GradientDescentStep`.
    public func descended(along gradients: NetworkParameters, learningRate: Double) throws(ShapeError) -> NetworkParameters {
        func step(_ weights: Tensor, _ gradient: Tensor) throws(ShapeError) -> Tensor {
            try GradientDescentStep(weights: weights, gradient: gradient, learningRate: learningRate).result()
        }
        return NetworkParameters(
            convolutionWeight: try step(convolutionWeight, gradients.convolutionWeight),
            convolutionBias: try step(convolutionBias, gradients.convolutionBias),
            denseWeight: try step(denseWeight, gradients.denseWeight),
            denseBias: try step(denseBias, gradients.denseBias))
    }

    private static func add(_ source: Tensor, to destination: inout Tensor) {
        for flat in 0..<min(source.count, destination.count) { destination.accumulate(source.scalars[flat], atFlat: flat) }
    }
}
