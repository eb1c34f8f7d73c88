/// A dense (fully connected) layer, y = W·x + b, as PyTorch's `nn.Linear` computes it for one input vector.
public struct Dense: Sendable {
    /// The input x, `[In]`.
    public let input: Tensor
    /// The weight matrix W, `[Out][In]` (PyTorch's `weight`): row o holds output o's weights.
    public let weight: Tensor
    /// One bias per output, `[Out]` (zeros when none was given).
    public let bias: Tensor
    /// Whether a bias was given (so steps show `+ b`).
    public let hasBias: Bool

    /// Validates the shapes: x `[In]`, W `[Out][In]`, b `[Out]`.
    public init(input: Tensor, weight: Tensor, bias: Tensor? = nil) throws(ShapeError) {
        guard input.rank == 1 else { throw .rankMismatch(tensor: "input", layout: "[In]", actualShape: input.shape) }
        guard weight.rank == 2 else {
            throw .rankMismatch(tensor: "weight", layout: "[Out][In]", actualShape: weight.shape)
        }
        guard weight.shape[1] == input.count else {
            throw .weightColumnsMismatch(inputCount: input.count, weightColumns: weight.shape[1])
        }
        if let bias {
            guard bias.rank == 1 else { throw .rankMismatch(tensor: "bias", layout: "[Out]", actualShape: bias.shape) }
            guard bias.count == weight.shape[0] else {
                throw .denseBiasMismatch(outputCount: weight.shape[0], biasCount: bias.count)
            }
        }
        self.input = input
        self.weight = weight
        self.bias = bias ?? Tensor(zeros: [weight.shape[0]])
        self.hasBias = bias != nil
    }

    /// Inputs In.
    public var inputCount: Int { input.count }
    /// Outputs Out.
    public var outputCount: Int { weight.shape[0] }
    /// `[Out]`.
    public var outputShape: [Int] { [outputCount] }
    /// Learnable parameters: Out·In weights plus Out biases.
    public var parameterCount: Int { weight.count + (hasBias ? outputCount : 0) }

    /// The forward pass, step by step.
    public var forward: DenseForward { DenseForward(layer: self) }

    /// The three gradients for a dL/dy of shape `[Out]`.
    public func backward(gradOutput: Tensor) throws(ShapeError) -> DenseBackward {
        try ShapeError.checkGradOutput(gradOutput, shape: outputShape)
        return DenseBackward(layer: self, gradOutput: gradOutput)
    }
}

/// y[o] = Σ_i x[i] · W[o][i] + b[o].
public struct DenseForward: TracedOperation {
    /// The layer computed.
    public let layer: Dense

    /// `.output`.
    public var resultName: TensorName { .output }
    /// `[Out]`.
    public var resultShape: [Int] { layer.outputShape }

    /// One output: the bias plus the products in input order.
    public func value(at index: [Int]) -> Double { output(index[0]) }

    /// y[o], starting at the bias and adding x[i] · W[o][i] for i in order: the one formula of both paths.
    private func output(_ o: Int) -> Double {
        let (x, w, n) = (layer.input.scalars, layer.weight.scalars, layer.inputCount)
        var sum = layer.bias.scalars[o]
        for i in 0..<n { sum += x[i] * w[o * n + i] }
        return sum
    }

    /// In terms for every output.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? layer.inputCount : 0
    }

    /// One term per input, x[i] × W[o][i], then the bias.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let o = targetIndex[0], layer = self.layer
        let terms = TermList(count: layer.inputCount) { i in
            Term(.element(.input, [i], layer.input.scalars[i]), .element(.filters, [o, i], layer.weight[[o, i]]))
        }
        let bias = layer.hasBias ? Operand.element(.bias, [o], layer.bias.scalars[o]) : nil
        return Step(
            number: number, target: .output, targetIndex: targetIndex, rule: .sum, terms: terms, bias: bias,
            total: value(at: targetIndex))
    }

    /// The whole output, one row of W at a time.
    public func result() -> Tensor {
        Tensor(zeros: resultShape) { y in
            for o in 0..<layer.outputCount { y[o] = output(o) }
        }
    }
}
