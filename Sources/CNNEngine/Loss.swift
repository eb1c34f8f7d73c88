/// A loss as a traced operation: one cell, L, explained by a single step over all its terms.
public struct LossForward: TracedOperation {
    /// How the terms combine into L.
    public let rule: CombineRule
    /// The terms, in order.
    public let terms: TermList
    /// L, computed directly by the loss.
    public let loss: Double

    /// Creates the one-step operation of a loss.
    public init(rule: CombineRule, terms: TermList, loss: Double) {
        self.rule = rule
        self.terms = terms
        self.loss = loss
    }

    /// `.loss`.
    public var resultName: TensorName { .loss }
    /// `[1]`.
    public var resultShape: [Int] { [1] }

    /// L.
    public func value(at index: [Int]) -> Double { loss }

    /// The number of terms for the one step.
    public func termCount(ofStep number: Int) -> Int { number == 0 ? terms.count : 0 }

    /// The one step.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        Step(number: number, target: .loss, targetIndex: targetIndex, rule: rule, terms: terms, bias: nil, total: loss)
    }

    /// L as a one-cell tensor.
    public func result() -> Tensor { Tensor(shape: [1]) { _ in loss } }
}

/// The gradient of a loss with respect to its input, where each cell pairs one value of two tensors:
/// dL/dX[i] = gradient(left[i], right[i]), shown as one term (left, right) combined by `rule`.
public struct LossGradient: TracedOperation {
    /// The first operand's tensor and values (the prediction, or the target for −y/p).
    public let left: (name: TensorName, values: Tensor)
    /// The second operand's tensor and values, shaped like `left`.
    public let right: (name: TensorName, values: Tensor)
    /// How a step writes the pair (`.scaledDifference`, `.negativeRatio`).
    public let rule: CombineRule
    /// The cell's value from the pair, computed directly.
    public let gradient: @Sendable (Double, Double) -> Double

    /// Creates the gradient of a loss.
    public init(
        left: (name: TensorName, values: Tensor), right: (name: TensorName, values: Tensor), rule: CombineRule,
        gradient: @escaping @Sendable (Double, Double) -> Double
    ) {
        self.left = left
        self.right = right
        self.rule = rule
        self.gradient = gradient
    }

    /// `.gradInput`.
    public var resultName: TensorName { .gradInput }
    /// The shape of the loss's input.
    public var resultShape: [Int] { left.values.shape }

    /// One cell of dL/dX.
    public func value(at index: [Int]) -> Double { gradient(left.values[index], right.values[index]) }

    /// A single term pairing the two values at the cell.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let term = Term(
            .element(left.name, targetIndex, left.values[targetIndex]),
            .element(right.name, targetIndex, right.values[targetIndex]))
        return Step(
            number: number, target: .gradInput, targetIndex: targetIndex, rule: rule,
            terms: TermList(count: 1) { _ in term }, bias: nil, total: value(at: targetIndex))
    }

    /// The whole dL/dX.
    public func result() -> Tensor { resultCellByCell() }
}
