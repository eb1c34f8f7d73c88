/// How a step's terms combine into its total.
public enum CombineRule: Equatable, Hashable, Sendable {
    /// Σ terms (+ bias).
    case sum
    /// The largest term; ties go to the first in row-major order.
    case maximum
    /// Σ terms ÷ divisor; the terms are exactly the cells counted (padding shows as 0 terms when it counts).
    case mean(divisor: Int)
    /// max(0, term).
    case rectify
    /// σ(term) = 1 / (1 + e^(−term)) of the single term.
    case sigmoid
    /// left × right × (1 − right) of the single term: dL/dO × σ'(z), with right = σ(z) the forward output.
    case sigmoidDerivative
    /// e^(term k) / Σ_j e^(term j) with k = `numerator`: a softmax probability; the terms are all the logits.
    /// It is computed with the largest term subtracted first (see `StableMath.softmaxParts`).
    case softmax(numerator: Int)
    /// −log(term) of the single term: the cross-entropy at the target's probability.
    case negativeLog
    /// −log(e^(term t) / Σ_j e^(term j)) with t = `target`: cross-entropy straight from the logits, computed as
    /// the log-sum-exp minus term t (see `StableMath.negativeLogSoftmax`).
    case negativeLogSoftmax(target: Int)
    /// Σ (left − right)² ÷ divisor: the mean squared error of predictions (left) against targets (right).
    case meanSquaredError(divisor: Int)
    /// factor × (left − right) ÷ divisor of the single term: 2(o − y)/N for the squared error, and
    /// p − y (factor 1, divisor 1) for softmax followed by cross-entropy.
    case scaledDifference(factor: Int, divisor: Int)
    /// −left ÷ right of the single term (0 when left is 0): −y/p, cross-entropy's gradient for a probability.
    case negativeRatio
    /// left − η × right of the single term: one step of gradient descent, a weight W moved against its
    /// gradient dL/dW by the learning rate η.
    case gradientStep(learningRate: Double)
}

extension CombineRule {
    /// −y / p, taken as 0 where y = 0 (that class does not enter the loss, even when p = 0).
    public static func negativeRatio(_ y: Double, _ p: Double) -> Double { y == 0 ? 0 : -y / p }
}

/// The explanation of one output cell: its ordered terms, bias and total.
public struct Step: Sendable {
    /// Its number within the operation, 0-based, in row-major order of the result.
    public let number: Int
    /// The tensor the step fills in.
    public let target: TensorName
    /// The cell it fills in.
    public let targetIndex: [Int]
    /// How the terms combine.
    public let rule: CombineRule
    /// The terms in order, computed on demand.
    public let terms: TermList
    /// The bias added after the sum, if any.
    public let bias: Operand?
    /// The cell's value, computed directly by the operation.
    public let total: Double

    /// Creates a step.
    public init(
        number: Int, target: TensorName, targetIndex: [Int], rule: CombineRule, terms: TermList,
        bias: Operand?, total: Double
    ) {
        self.number = number
        self.target = target
        self.targetIndex = targetIndex
        self.rule = rule
        self.terms = terms
        self.bias = bias
        self.total = total
    }

    /// For a max step, the position in `terms` of the winning (first largest) term.
    public var winner: Int? {
        guard rule == .maximum, !terms.isEmpty else { return nil }
        var best = 0
        for position in terms.indices where terms[position].product > terms[best].product { best = position }
        return best
    }

    /// For a max step, the positions in `terms` of every term equal to the largest, in order; the first is
    /// `winner`. More than one means a tie, which the first maximum wins (as PyTorch's max pooling does).
    public var maximumPositions: [Int] {
        guard let winner else { return [] }
        let largest = terms[winner].product
        return terms.indices.filter { $0 == winner || terms[$0].product == largest }
    }

    /// Whether a max step has more than one largest term.
    public var hasTie: Bool { maximumPositions.count > 1 }

    /// The total recomputed from the terms and bias alone, to check `total` against.
    public func recomputedTotal() -> Double {
        let first = terms.first
        let (left, right) = (first?.left.value ?? 0, first?.right?.value ?? 0)
        switch rule {
        case .sum:
            return terms.reduce(0) { $0 + $1.product } + (bias?.value ?? 0)
        case .maximum:
            return terms.map(\.product).max() ?? -.infinity
        case .mean(let divisor):
            return terms.reduce(0) { $0 + $1.product } / Double(divisor)
        case .rectify:
            return max(0, first?.product ?? 0)
        case .sigmoid:
            return StableMath.sigmoid(left)
        case .sigmoidDerivative:
            return left * right * (1 - right)
        case .softmax(let numerator):
            return StableMath.softmaxParts(terms.map { $0.left.value }).probability(numerator)
        case .negativeLog:
            return -StableMath.logarithm(left)
        case .negativeLogSoftmax(let target):
            return StableMath.negativeLogSoftmax(terms.map { $0.left.value }, target: target)
        case .meanSquaredError(let divisor):
            return terms.reduce(0) { sum, term in sum + Self.squaredDifference(term) } / Double(divisor)
        case .scaledDifference(let factor, let divisor):
            return Double(factor) * (left - right) / Double(divisor)
        case .negativeRatio:
            return CombineRule.negativeRatio(left, right)
        case .gradientStep(let learningRate):
            return left - learningRate * right
        }
    }

    /// (left − right)² of a term.
    private static func squaredDifference(_ term: Term) -> Double {
        let difference = term.left.value - (term.right?.value ?? 0)
        return difference * difference
    }
}

/// A step's terms, each made when it is read, so a step over a huge window costs nothing until shown.
public struct TermList: RandomAccessCollection, Sendable {
    /// The number of terms.
    public let count: Int
    private let make: @Sendable (Int) -> Term

    /// Creates a list of `count` terms made by `make`.
    public init(count: Int, make: @escaping @Sendable (Int) -> Term) {
        self.count = count
        self.make = make
    }

    /// Always 0.
    public var startIndex: Int { 0 }
    /// Equal to `count`.
    public var endIndex: Int { count }
    /// The term at `position`.
    public subscript(position: Int) -> Term { make(position) }
}
