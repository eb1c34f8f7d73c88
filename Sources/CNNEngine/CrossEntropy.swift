/// Cross-entropy of probabilities against a class: L = −log p[t] = −Σ_i y[i]·log p[i] for one-hot y.
/// PyTorch writes this `F.nll_loss(torch.log(p), t)`; from logits use `SoftmaxCrossEntropy`, which is stabler.
/// A probability of 0 at the target gives L = +∞.
public struct CrossEntropy: Sendable {
    /// The probabilities p, `[N]` (a softmax's output; PyTorch's `input`).
    public let input: Tensor
    /// The correct class t.
    public let targetIndex: Int
    /// y: 1 at t, 0 elsewhere.
    public let oneHot: Tensor

    /// Checks that p is a vector and the target names one of its classes.
    public init(input: Tensor, target: ClassTarget) throws(ShapeError) {
        guard input.rank == 1 else {
            throw .rankMismatch(tensor: "probabilities", layout: "[N]", actualShape: input.shape)
        }
        (targetIndex, oneHot) = try target.resolved(classes: input.count)
        self.input = input
    }

    /// L = −log p[t] in one step over the target's probability.
    public var forward: LossForward {
        let t = targetIndex, p = input.scalars[targetIndex]
        return LossForward(
            rule: .negativeLog, terms: TermList(count: 1) { _ in Term(.element(.input, [t], p)) },
            loss: -StableMath.logarithm(p))
    }

    /// dL/dp[i] = −y[i]/p[i]: −1/p[t] at the target, 0 elsewhere.
    public var backward: LossGradient {
        LossGradient(
            left: (.target, oneHot), right: (.input, input), rule: .negativeRatio, gradient: CombineRule.negativeRatio)
    }
}
