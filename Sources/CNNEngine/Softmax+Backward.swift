/// dL/dz[i] = Σ_j dL/dp[j] · ∂p[j]/∂z[i], with ∂p[j]/∂z[i] = p[j]·(δ_ij − p[i]) (the softmax Jacobian).
public struct SoftmaxBackward: TracedOperation {
    /// The layer differentiated.
    public let layer: Softmax
    /// p = softmax(z), computed once.
    public let probabilities: Tensor
    /// dL/dp.
    public let gradOutput: Tensor

    /// `.gradInput`.
    public var resultName: TensorName { .gradInput }
    /// `[N]`.
    public var resultShape: [Int] { layer.input.shape }

    /// ∂p[j]/∂z[i] = p[j]·(δ_ij − p[i]).
    public func jacobian(output j: Int, input i: Int) -> Double {
        probabilities.scalars[j] * ((i == j ? 1 : 0) - probabilities.scalars[i])
    }

    /// One logit's gradient, summed over the probabilities in order.
    public func value(at index: [Int]) -> Double {
        let i = index[0]
        return (0..<probabilities.count).reduce(0.0) { $0 + gradOutput.scalars[$1] * jacobian(output: $1, input: i) }
    }

    /// N terms for every logit.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? probabilities.count : 0
    }

    /// One term per probability: dL/dp[j] × ∂p[j]/∂z[i] (drawn at `[j, i]` of the Jacobian).
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let i = targetIndex[0], operation = self
        let terms = TermList(count: probabilities.count) { j in
            Term(
                .element(.gradOutput, [j], operation.gradOutput.scalars[j]),
                Operand(
                    tensor: .localGradient, position: [j, i], source: nil, value: operation.jacobian(output: j, input: i),
                    origin: .element))
        }
        return Step(
            number: number, target: .gradInput, targetIndex: targetIndex, rule: .sum, terms: terms, bias: nil,
            total: value(at: targetIndex))
    }

    /// The whole dL/dz as p ⊙ (dL/dp − Σ_j dL/dp[j]·p[j]), without building the Jacobian.
    public func result() -> Tensor {
        let weighted = zip(gradOutput.scalars, probabilities.scalars).reduce(0.0) { $0 + $1.0 * $1.1 }
        return Tensor(shape: resultShape) { probabilities[$0] * (gradOutput[$0] - weighted) }
    }
}
