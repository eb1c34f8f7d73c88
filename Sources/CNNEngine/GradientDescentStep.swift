/// One step of plain gradient descent: W' = W − η · dL/dW, cell by cell.
public struct GradientDescentStep: TracedOperation {
    /// The weights before the step, W.
    public let weights: Tensor
    /// Their gradient dL/dW, shaped like W.
    public let gradient: Tensor
    /// The learning rate η.
    public let learningRate: Double

    /// Checks that the gradient is shaped like the weights.
    public init(weights: Tensor, gradient: Tensor, learningRate: Double) throws(ShapeError) {
        guard gradient.shape == weights.shape else {
            throw .gradientShapeMismatch(gradient: "dL/dW", expected: weights.shape, actual: gradient.shape)
        }
        self.weights = weights
        self.gradient = gradient
        self.learningRate = learningRate
    }

    /// `.filters`: the step writes the new weights over the old.
    public var resultName: TensorName { .filters }
    /// W's shape.
    public var resultShape: [Int] { weights.shape }

    /// W − η · dL/dW at `index`.
    public func value(at index: [Int]) -> Double { moved(weights[index], gradient[index]) }

    /// A single term pairing the weight with its gradient.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let term = Term(.element(.filters, targetIndex, weights[targetIndex]), .element(.gradFilters, targetIndex, gradient[targetIndex]))
        return Step(
            number: number, target: .filters, targetIndex: targetIndex, rule: .gradientStep(learningRate: learningRate),
            terms: TermList(count: 1) { _ in term }, bias: nil, total: value(at: targetIndex))
    }

    /// The whole W', cell by cell in storage order.
    public func result() -> Tensor {
        Tensor(zeros: weights.shape) { output in
            for flat in 0..<weights.count { output[flat] = moved(weights.scalars[flat], gradient.scalars[flat]) }
        }
    }

    private func moved(_ weight: Double, _ gradient: Double) -> Double { weight - learningRate * gradient }
}
