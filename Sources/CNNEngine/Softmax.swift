/// Softmax over a vector of logits: p[k] = e^(z[k]) / Σ_j e^(z[j]), probabilities that sum to 1.
/// Computed with the largest logit subtracted first so no exponential overflows (see `StableMath.softmaxParts`).
public struct Softmax: Sendable {
    /// The logits z, `[N]`.
    public let input: Tensor

    /// Checks that the input is a vector.
    public init(input: Tensor) throws(ShapeError) {
        guard input.rank == 1 else { throw .rankMismatch(tensor: "logits", layout: "[N]", actualShape: input.shape) }
        self.input = input
    }

    /// The shifted exponentials and their sum, once for the whole vector.
    public var parts: SoftmaxParts { StableMath.softmaxParts(input.scalars) }

    /// p = softmax(z), `[N]`.
    public var probabilities: Tensor {
        let parts = self.parts
        return Tensor(shape: input.shape) { parts.probability($0[0]) }
    }

    /// The forward pass, step by step.
    public var forward: SoftmaxForward { SoftmaxForward(layer: self) }

    /// dL/dz for a dL/dp of shape `[N]`.
    public func backward(gradOutput: Tensor) throws(ShapeError) -> SoftmaxBackward {
        try ShapeError.checkGradOutput(gradOutput, shape: input.shape)
        return SoftmaxBackward(layer: self, probabilities: probabilities, gradOutput: gradOutput)
    }
}

/// p[k] = e^(z[k]) / Σ_j e^(z[j]): every step reads all the logits.
public struct SoftmaxForward: TracedOperation {
    /// The layer computed.
    public let layer: Softmax

    /// `.output`.
    public var resultName: TensorName { .output }
    /// `[N]`.
    public var resultShape: [Int] { layer.input.shape }

    /// One probability (computes the whole vector's sum; `result()` does it once for all).
    public func value(at index: [Int]) -> Double { layer.parts.probability(index[0]) }

    /// N terms for every probability.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? layer.input.count : 0
    }

    /// Every logit as a term, in order; the rule names the one in the numerator.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let input = layer.input
        let terms = TermList(count: input.count) { j in Term(.element(.input, [j], input.scalars[j])) }
        return Step(
            number: number, target: .output, targetIndex: targetIndex, rule: .softmax(numerator: targetIndex[0]),
            terms: terms, bias: nil, total: value(at: targetIndex))
    }

    /// The whole vector of probabilities.
    public func result() -> Tensor { layer.probabilities }
}
