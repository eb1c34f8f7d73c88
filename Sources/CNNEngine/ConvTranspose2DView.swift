/// One way of explaining a transposed convolution's output cell by cell: the views differ in their terms only.
public protocol ConvTranspose2DView: TracedOperation {
    /// The layer explained.
    var layer: ConvTranspose2D { get }
}

extension ConvTranspose2DView {
    /// The layer's output name.
    public var resultName: TensorName { layer.roles.output }
    /// `[F][OH][OW]`.
    public var resultShape: [Int] { layer.outputShape }
    /// The layer's bulk output.
    public func result() -> Tensor { layer.result() }

    /// A cell's sum of terms with output channel `f`'s bias added last (as `Step.recomputedTotal` adds it), when the
    /// layer has one.
    func withBias(_ sum: Double, outputChannel f: Int) -> Double {
        layer.hasBias ? sum + layer.bias.scalars[f] : sum
    }

    /// A sum step of `terms` plus the output channel's bias (when the layer has one), totalled by `value(at:)`.
    func sumStep(number: Int, targetIndex: [Int], terms: TermList) -> Step {
        let f = targetIndex[0]
        let bias = layer.hasBias ? Operand.element(.bias, [f], layer.bias[[f]]) : nil
        return Step(
            number: number, target: resultName, targetIndex: targetIndex, rule: .sum, terms: terms, bias: bias,
            total: value(at: targetIndex))
    }
}
