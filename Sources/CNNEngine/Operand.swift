/// One number taking part in a step, with where it comes from and where it is drawn.
public struct Operand: Equatable, Hashable, Sendable {
    /// The tensor (or derived view) the operand is drawn in.
    public let tensor: TensorName
    /// Its position in the drawn view: padded input, rotated filter or full grid coordinates.
    public let position: [Int]
    /// Its index in the underlying tensor, or nil for padding and inserted zeros.
    public let source: [Int]?
    /// Its value.
    public let value: Double
    /// Whether it is a real element, padding, or an inserted zero.
    public let origin: OperandOrigin

    /// Creates an operand.
    public init(tensor: TensorName, position: [Int], source: [Int]?, value: Double, origin: OperandOrigin) {
        self.tensor = tensor
        self.position = position
        self.source = source
        self.value = value
        self.origin = origin
    }

    /// An operand that is a real element drawn where it lives.
    public static func element(_ tensor: TensorName, _ index: [Int], _ value: Double) -> Operand {
        Operand(tensor: tensor, position: index, source: index, value: value, origin: .element)
    }
}

/// One term of a step: a product of two operands, or a single operand taken as it is.
public struct Term: Equatable, Hashable, Sendable {
    /// The first factor (the data: input, dL/dO).
    public let left: Operand
    /// The second factor (the weight or local gradient), or nil when the term is `left` alone.
    public let right: Operand?

    /// Creates a term.
    public init(_ left: Operand, _ right: Operand? = nil) {
        self.left = left
        self.right = right
    }

    /// left × right, or left's value alone: what `.sum`, `.maximum`, `.mean` and `.rectify` combine. The rules
    /// that pair a prediction with a target (`.meanSquaredError`, `.scaledDifference`, `.negativeRatio`,
    /// `.sigmoidDerivative`) or a weight with its gradient (`.gradientStep`) read `left` and `right` themselves;
    /// for them the product means nothing.
    public var product: Double {
        guard let right else { return left.value }
        return left.value * right.value
    }
}
