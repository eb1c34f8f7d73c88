/// The three gradients of a dense layer for one dL/dy.
public struct DenseBackward: Sendable {
    /// The layer differentiated.
    public let layer: Dense
    /// dL/dy, `[Out]`.
    public let gradOutput: Tensor

    /// dL/dx = Wᵀ · dL/dy.
    public var inputGradient: DenseInputGradient { DenseInputGradient(layer: layer, gradOutput: gradOutput) }
    /// dL/dW = dL/dy · xᵀ, an outer product.
    public var weightGradient: DenseWeightGradient { DenseWeightGradient(layer: layer, gradOutput: gradOutput) }
    /// dL/db = dL/dy.
    public var biasGradient: DenseBiasGradient { DenseBiasGradient(gradOutput: gradOutput) }
}

/// dL/dx[i] = Σ_o dL/dy[o] · W[o][i]: column i of W against dL/dy.
public struct DenseInputGradient: TracedOperation {
    /// The layer differentiated.
    public let layer: Dense
    /// dL/dy.
    public let gradOutput: Tensor

    /// `.gradInput`.
    public var resultName: TensorName { .gradInput }
    /// `[In]`.
    public var resultShape: [Int] { layer.input.shape }

    /// One input's gradient, summed over the outputs in order.
    public func value(at index: [Int]) -> Double { gradient(index[0]) }

    /// dL/dx[i], adding dL/dy[o] · W[o][i] for o in order from 0: the one formula of both paths.
    private func gradient(_ i: Int) -> Double {
        let (g, w, n) = (gradOutput.scalars, layer.weight.scalars, layer.inputCount)
        var sum = 0.0
        for o in 0..<layer.outputCount { sum += g[o] * w[o * n + i] }
        return sum
    }

    /// Out terms for every input.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? layer.outputCount : 0
    }

    /// One term per output: dL/dy[o] × W[o][i].
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let i = targetIndex[0], layer = self.layer, gradOutput = self.gradOutput
        let terms = TermList(count: layer.outputCount) { o in
            Term(.element(.gradOutput, [o], gradOutput.scalars[o]), .element(.filters, [o, i], layer.weight[[o, i]]))
        }
        return Step(
            number: number, target: .gradInput, targetIndex: targetIndex, rule: .sum, terms: terms, bias: nil,
            total: value(at: targetIndex))
    }

    /// The whole dL/dx, one column of W at a time.
    public func result() -> Tensor {
        Tensor(zeros: resultShape) { dx in
            for i in 0..<layer.inputCount { dx[i] = gradient(i) }
        }
    }
}

/// dL/dW[o][i] = x[i] · dL/dy[o].
public struct DenseWeightGradient: TracedOperation {
    /// The layer differentiated.
    public let layer: Dense
    /// dL/dy.
    public let gradOutput: Tensor

    /// `.gradFilters`.
    public var resultName: TensorName { .gradFilters }
    /// `[Out][In]`.
    public var resultShape: [Int] { layer.weight.shape }

    /// x[i] × dL/dy[o].
    public func value(at index: [Int]) -> Double { layer.input.scalars[index[1]] * gradOutput.scalars[index[0]] }

    /// The whole dL/dW, row by row: row o is x scaled by dL/dy[o], each cell the same product as `value(at:)`.
    public func result() -> Tensor {
        let (x, g) = (layer.input.scalars, gradOutput.scalars)
        return Tensor(zeros: resultShape) { dw in
            for o in g.indices {
                for i in x.indices { dw[o * x.count + i] = x[i] * g[o] }
            }
        }
    }

    /// A single term: the input under that weight × dL/dy of its output.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (o, i) = (targetIndex[0], targetIndex[1])
        let term = Term(.element(.input, [i], layer.input.scalars[i]), .element(.gradOutput, [o], gradOutput.scalars[o]))
        return Step(
            number: number, target: .gradFilters, targetIndex: targetIndex, rule: .sum,
            terms: TermList(count: 1) { _ in term }, bias: nil, total: value(at: targetIndex))
    }

}

/// dL/db[o] = dL/dy[o]: each bias moves its output one for one.
public struct DenseBiasGradient: TracedOperation {
    /// dL/dy.
    public let gradOutput: Tensor

    /// `.gradBias`.
    public var resultName: TensorName { .gradBias }
    /// `[Out]`.
    public var resultShape: [Int] { gradOutput.shape }

    /// dL/dy[o].
    public func value(at index: [Int]) -> Double { gradOutput[index] }

    /// A single term: dL/dy at that output.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let operand = Operand.element(.gradOutput, targetIndex, gradOutput[targetIndex])
        return Step(
            number: number, target: .gradBias, targetIndex: targetIndex, rule: .sum,
            terms: TermList(count: 1) { _ in Term(operand) }, bias: nil, total: value(at: targetIndex))
    }

    /// The whole dL/db: dL/dy itself.
    public func result() -> Tensor { gradOutput }
}
