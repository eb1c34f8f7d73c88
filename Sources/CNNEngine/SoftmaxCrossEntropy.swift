/// Softmax then cross-entropy, fused, from logits z: L = −log softmax(z)[t] = log Σ_j e^(z[j]) − z[t], as
/// PyTorch's `nn.CrossEntropyLoss()` computes it. The log-sum-exp is taken with the largest logit subtracted
/// (see `StableMath.negativeLogSoftmax`), so L stays finite where −log of a rounded-to-zero p would not.
public struct SoftmaxCrossEntropy: Sendable {
    /// The softmax of the logits, which the gradient shows.
    public let softmax: Softmax
    /// The correct class t.
    public let targetIndex: Int
    /// y: 1 at t, 0 elsewhere.
    public let oneHot: Tensor

    /// Checks that z is a vector and the target names one of its classes.
    public init(input: Tensor, target: ClassTarget) throws(ShapeError) {
        softmax = try Softmax(input: input)
        (targetIndex, oneHot) = try target.resolved(classes: input.count)
    }

    /// The logits z, `[N]` (PyTorch's `input`).
    public var input: Tensor { softmax.input }

    /// L in one step over all the logits.
    public var forward: LossForward {
        let logits = input.scalars, t = targetIndex
        return LossForward(
            rule: .negativeLogSoftmax(target: t),
            terms: TermList(count: logits.count) { j in Term(.element(.input, [j], logits[j])) },
            loss: StableMath.negativeLogSoftmax(logits, target: t))
    }

    /// dL/dz[i] = p[i] − y[i], the fused gradient (softmax's Jacobian and −y/p cancel to this).
    public var backward: LossGradient {
        LossGradient(
            left: (.probabilities, softmax.probabilities), right: (.target, oneHot), rule: .scaledDifference(factor: 1, divisor: 1),
            gradient: { p, y in p - y })
    }
}
