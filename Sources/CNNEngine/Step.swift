/// How a step's terms combine into its total.
public enum CombineRule: Equatable, Hashable, Sendable {
    /// Σ terms (+ bias).
    case sum
    /// The largest term; ties go to the first in row-major order.
    case maximum
    /// Σ terms ÷ divisor (padding counts as zeros in the divisor).
    case mean(divisor: Int)
    /// max(0, term).
    case rectify
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
        switch rule {
        case .sum:
            return terms.reduce(0) { $0 + $1.product } + (bias?.value ?? 0)
        case .maximum:
            return terms.map(\.product).max() ?? -.infinity
        case .mean(let divisor):
            return terms.reduce(0) { $0 + $1.product } / Double(divisor)
        case .rectify:
            return max(0, terms.first?.product ?? 0)
        }
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
