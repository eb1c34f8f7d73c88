/// The mean squared error L = (1/N) Σ (o − y)² over every cell, as PyTorch's `nn.MSELoss()` (mean reduction).
public struct MeanSquaredError: Sendable {
    /// The predictions o (any shape; PyTorch's `input`).
    public let input: Tensor
    /// The targets y, shaped like the predictions.
    public let target: Tensor

    /// Checks that prediction and target have the same shape.
    public init(input: Tensor, target: Tensor) throws(ShapeError) {
        guard target.shape == input.shape else { throw .targetShapeMismatch(expected: input.shape, actual: target.shape) }
        self.input = input
        self.target = target
    }

    /// L in one step: every (o, y) pair, squared difference, mean.
    public var forward: LossForward {
        let (input, target) = (self.input, self.target)
        let terms = TermList(count: input.count) { flat in
            let index = input.index(ofFlat: flat)
            return Term(.element(.input, index, input.scalars[flat]), .element(.target, index, target.scalars[flat]))
        }
        let sum = zip(input.scalars, target.scalars).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        return LossForward(rule: .meanSquaredError(divisor: input.count), terms: terms, loss: sum / Double(input.count))
    }

    /// dL/do = 2(o − y)/N, cell by cell (L is the end of the chain, so no dL/dO comes in).
    public var backward: LossGradient {
        let count = Double(input.count)
        return LossGradient(
            left: (.input, input), right: (.target, target), rule: .scaledDifference(factor: 2, divisor: input.count),
            gradient: { o, y in 2 * (o - y) / count })
    }
}
