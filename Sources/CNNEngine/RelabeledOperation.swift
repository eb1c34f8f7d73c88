/// Another operation's steps with its tensors drawn under other names: the same numbers in another role, e.g. the
/// ordinary convolution that is a transposed convolution's dL/dX, whose "input" is that layer's dL/dO.
public struct RelabeledOperation<Base: TracedOperation>: TracedOperation {
    /// The operation that computes.
    public let base: Base
    /// The name each of the base's tensor names is drawn under here.
    public let relabel: @Sendable (TensorName) -> TensorName

    /// Creates a view of `base` drawing each tensor name `name` as `relabel(name)`.
    public init(_ base: Base, relabel: @escaping @Sendable (TensorName) -> TensorName) {
        self.base = base
        self.relabel = relabel
    }

    /// The base's result name, relabelled.
    public var resultName: TensorName { relabel(base.resultName) }
    /// The base's result shape.
    public var resultShape: [Int] { base.resultShape }
    /// The base's value.
    public func value(at index: [Int]) -> Double { base.value(at: index) }
    /// The base's term count.
    public func termCount(ofStep number: Int) -> Int { base.termCount(ofStep: number) }
    /// The base's result.
    public func result() -> Tensor { base.result() }

    /// The base's step with its target, terms and bias relabelled (terms still made when read).
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let step = base.makeStep(number: number, targetIndex: targetIndex), relabel = self.relabel
        let terms = TermList(count: step.terms.count) { k in
            let term = step.terms[k]
            return Term(term.left.relabeled(relabel), term.right?.relabeled(relabel))
        }
        return Step(
            number: step.number, target: relabel(step.target), targetIndex: step.targetIndex, rule: step.rule,
            terms: terms, bias: step.bias?.relabeled(relabel), total: step.total)
    }
}

extension Operand {
    /// The same operand drawn under `relabel(tensor)`.
    fileprivate func relabeled(_ relabel: (TensorName) -> TensorName) -> Operand {
        Operand(tensor: relabel(tensor), position: position, source: source, value: value, origin: origin)
    }
}
