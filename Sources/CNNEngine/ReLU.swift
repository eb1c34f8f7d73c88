/// The rectifier max(0, x), applied to every cell of its input.
public struct ReLU: Sendable {
    /// The input (any shape; lessons use `[C][H][W]`).
    public let input: Tensor

    /// Creates a ReLU over `input`.
    public init(input: Tensor) {
        self.input = input
    }

    /// The forward pass, step by step.
    public var forward: ReLUForward { ReLUForward(input: input) }

    /// The backward pass for a dL/dO shaped like the input.
    public func backward(gradOutput: Tensor) throws(ShapeError) -> ReLUBackward {
        try ShapeError.checkGradOutput(gradOutput, shape: input.shape)
        return ReLUBackward(input: input, gradOutput: gradOutput)
    }
}

/// O = max(0, X), cell by cell.
public struct ReLUForward: TracedOperation {
    /// The input.
    public let input: Tensor

    /// `.output`.
    public var resultName: TensorName { .output }
    /// The input's shape.
    public var resultShape: [Int] { input.shape }

    /// max(0, X) at `index`.
    public func value(at index: [Int]) -> Double { max(0, input[index]) }

    /// A single term, rectified.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let operand = Operand.element(.input, targetIndex, input[targetIndex])
        return Step(
            number: number, target: .output, targetIndex: targetIndex, rule: .rectify,
            terms: TermList(count: 1) { _ in Term(operand) }, bias: nil, total: value(at: targetIndex))
    }

    /// The whole output, cell by cell in storage order.
    public func result() -> Tensor {
        let input = self.input
        return Tensor(zeros: input.shape) { output in
            for (flat, x) in input.scalars.enumerated() { output[flat] = max(0, x) }
        }
    }
}

/// dL/dX = dL/dO · [X > 0], cell by cell (the gradient at exactly 0 is taken as 0).
public struct ReLUBackward: TracedOperation {
    /// The forward input X.
    public let input: Tensor
    /// dL/dO.
    public let gradOutput: Tensor

    /// `.gradInput`.
    public var resultName: TensorName { .gradInput }
    /// The input's shape.
    public var resultShape: [Int] { input.shape }

    /// ∂O/∂X at `index`: 1 where X > 0, else 0.
    public func localGradient(at index: [Int]) -> Double { input[index] > 0 ? 1 : 0 }

    /// dL/dO · [X > 0] at `index`.
    public func value(at index: [Int]) -> Double { gradOutput[index] * localGradient(at: index) }

    /// dL/dO × the local gradient.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let term = Term(
            .element(.gradOutput, targetIndex, gradOutput[targetIndex]),
            .element(.localGradient, targetIndex, localGradient(at: targetIndex)))
        return Step(
            number: number, target: .gradInput, targetIndex: targetIndex, rule: .sum,
            terms: TermList(count: 1) { _ in term }, bias: nil, total: value(at: targetIndex))
    }

    /// The whole dL/dX.
    public func result() -> Tensor {
        var gradient = gradOutput
        for flat in 0..<gradient.count where input.scalars[flat] <= 0 {
            gradient.accumulate(-gradient.scalars[flat], atFlat: flat)
        }
        return gradient
    }
}
