/// The logistic sigmoid σ(z) = 1 / (1 + e^(−z)), applied to every cell of its input.
/// Computed without overflow for large |z| (see `StableMath.sigmoid`).
public struct Sigmoid: Sendable {
    /// The input z (any shape).
    public let input: Tensor

    /// Creates a sigmoid over `input`.
    public init(input: Tensor) {
        self.input = input
    }

    /// The forward pass, step by step.
    public var forward: SigmoidForward { SigmoidForward(input: input) }

    /// The backward pass for a dL/dO shaped like the input.
    public func backward(gradOutput: Tensor) throws(ShapeError) -> SigmoidBackward {
        try ShapeError.checkGradOutput(gradOutput, shape: input.shape)
        return SigmoidBackward(input: input, gradOutput: gradOutput)
    }
}

/// O = σ(X), cell by cell.
public struct SigmoidForward: TracedOperation {
    /// The input.
    public let input: Tensor

    /// `.output`.
    public var resultName: TensorName { .output }
    /// The input's shape.
    public var resultShape: [Int] { input.shape }

    /// σ(X) at `index`.
    public func value(at index: [Int]) -> Double { StableMath.sigmoid(input[index]) }

    /// A single term, squashed.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let operand = Operand.element(.input, targetIndex, input[targetIndex])
        return Step(
            number: number, target: .output, targetIndex: targetIndex, rule: .sigmoid,
            terms: TermList(count: 1) { _ in Term(operand) }, bias: nil, total: value(at: targetIndex))
    }

    /// The whole output.
    public func result() -> Tensor { resultCellByCell() }
}

/// dL/dX = dL/dO · σ(X)(1 − σ(X)), cell by cell: the sigmoid's slope written with its own output.
public struct SigmoidBackward: TracedOperation {
    /// The forward input X.
    public let input: Tensor
    /// dL/dO.
    public let gradOutput: Tensor

    /// `.gradInput`.
    public var resultName: TensorName { .gradInput }
    /// The input's shape.
    public var resultShape: [Int] { input.shape }

    /// dL/dO · σ(1 − σ) at `index`.
    public func value(at index: [Int]) -> Double {
        let s = StableMath.sigmoid(input[index])
        return gradOutput[index] * s * (1 - s)
    }

    /// One term pairing dL/dO with the forward output σ(X), combined as g × σ × (1 − σ).
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let term = Term(
            .element(.gradOutput, targetIndex, gradOutput[targetIndex]),
            .element(.output, targetIndex, StableMath.sigmoid(input[targetIndex])))
        return Step(
            number: number, target: .gradInput, targetIndex: targetIndex, rule: .sigmoidDerivative,
            terms: TermList(count: 1) { _ in term }, bias: nil, total: value(at: targetIndex))
    }

    /// The whole dL/dX.
    public func result() -> Tensor { resultCellByCell() }
}
