/// Flattens `[C][H][W]` into a vector `[C·H·W]`, channel by channel and row by row within a channel
/// (like `torch.flatten` of an unbatched tensor): element n comes from X[n / (H·W)][(n / W) mod H][n mod W].
public struct Flatten: Sendable {
    /// The input, `[C][H][W]`.
    public let input: Tensor

    /// Checks that the input is `[C][H][W]`.
    public init(input: Tensor) throws(ShapeError) {
        guard input.rank == 3 else {
            throw .rankMismatch(tensor: "input", layout: "[C][H][W]", actualShape: input.shape)
        }
        self.input = input
    }

    /// `[C·H·W]`.
    public var outputShape: [Int] { [input.count] }

    /// The input index that output element `n` is copied from.
    public func sourceIndex(ofOutput n: Int) -> [Int] { input.index(ofFlat: n) }

    /// The forward pass, step by step.
    public var forward: FlattenForward { FlattenForward(layer: self) }

    /// dL/dX for a dL/dO of shape `[C·H·W]`.
    public func backward(gradOutput: Tensor) throws(ShapeError) -> FlattenBackward {
        try ShapeError.checkGradOutput(gradOutput, shape: outputShape)
        return FlattenBackward(layer: self, gradOutput: gradOutput)
    }
}

extension Tensor {
    /// The same values in the same row-major order under another shape with as many cells.
    init(reshaping source: Tensor, to shape: [Int]) {
        self.init(zeros: shape) { values in
            for (flat, value) in source.scalars.prefix(values.count).enumerated() { values[flat] = value }
        }
    }
}

/// O[n] = X[c][h][w] for n = (c·H + h)·W + w: every step copies one input cell.
public struct FlattenForward: TracedOperation {
    /// The layer computed.
    public let layer: Flatten

    /// `.output`.
    public var resultName: TensorName { .output }
    /// `[C·H·W]`.
    public var resultShape: [Int] { layer.outputShape }

    /// The input cell copied to `index`.
    public func value(at index: [Int]) -> Double { layer.input.scalars[index[0]] }

    /// A single term: the input cell it copies.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let source = layer.sourceIndex(ofOutput: targetIndex[0])
        let operand = Operand.element(.input, source, layer.input[source])
        return Step(
            number: number, target: .output, targetIndex: targetIndex, rule: .sum,
            terms: TermList(count: 1) { _ in Term(operand) }, bias: nil, total: value(at: targetIndex))
    }

    /// The whole output: the input's values in their row-major order.
    public func result() -> Tensor { Tensor(reshaping: layer.input, to: resultShape) }
}

/// dL/dX[c][h][w] = dL/dO[n] for the n that cell was copied to: the gradient is reshaped back.
public struct FlattenBackward: TracedOperation {
    /// The layer differentiated.
    public let layer: Flatten
    /// dL/dO, `[C·H·W]`.
    public let gradOutput: Tensor

    /// `.gradInput`.
    public var resultName: TensorName { .gradInput }
    /// `[C][H][W]`.
    public var resultShape: [Int] { layer.input.shape }

    /// The dL/dO element that cell `index` was copied to.
    public func value(at index: [Int]) -> Double { gradOutput.scalars[layer.input.flatIndex(index)] }

    /// A single term: dL/dO at the cell's place in the vector.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let n = layer.input.flatIndex(targetIndex)
        let operand = Operand.element(.gradOutput, [n], gradOutput.scalars[n])
        return Step(
            number: number, target: .gradInput, targetIndex: targetIndex, rule: .sum,
            terms: TermList(count: 1) { _ in Term(operand) }, bias: nil, total: value(at: targetIndex))
    }

    /// The whole dL/dX: dL/dO's values laid out `[C][H][W]`.
    public func result() -> Tensor { Tensor(reshaping: gradOutput, to: resultShape) }
}
