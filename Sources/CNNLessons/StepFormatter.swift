import CNNEngine

/// Writes a step as text: its target's name, the Hadamard sum with numbers, and the same sum with names.
/// Transcripts and the player both use it, so what is shown is always what the engine traced.
public struct StepFormatter: Sendable {
    /// Tensor names of the phase's stage.
    public let names: TensorNames
    /// Shapes of the tensors, to decide which indices a label needs.
    public let shapes: [TensorName: [Int]]
    /// Unicode or ASCII.
    public let glyphs: Glyphs

    /// A formatter for one phase.
    public init(phase: Phase, glyphs: Glyphs) {
        self.names = phase.names
        self.shapes = phase.shapes
        self.glyphs = glyphs
    }

    /// `Z₁,₁` (or `Z[1,1]`): a 1-based label that keeps the channel/filter index only when there are several.
    public func label(_ tensor: TensorName, _ index: [Int]) -> String {
        let display: TensorName = tensor == .gradOutputFullGrid ? .gradOutput : (tensor == .rotatedFilters ? .filters : tensor)
        let name = names.name(of: display)
        let shape = shapes[display] ?? index.map { _ in 2 }
        var shown: [Int] = []
        for (axis, position) in index.enumerated() {
            let isSpatial = axis >= index.count - 2 && index.count >= 2
            let size = axis < shape.count ? shape[axis] : 2
            if isSpatial || size > 1 { shown.append(position + 1) }
        }
        guard !shown.isEmpty else { return glyphs.text(name) }
        let numbers = shown.map(String.init).joined(separator: ",")
        return glyphs.text(name) + (glyphs.subscripts ? Self.subscripted(numbers) : "[\(numbers)]")
    }

    /// The step's target, e.g. `Z₁,₁`.
    public func targetLabel(_ step: Step) -> String {
        label(step.target, step.targetIndex)
    }

    /// An operand by name: `A₁,₂`, or `0` for padding and inserted zeros.
    public func operandLabel(_ operand: Operand) -> String {
        guard let source = operand.source else { return operandValue(operand) }
        return label(operand.tensor, source)
    }

    /// An operand's value as shown in a sum.
    public func operandValue(_ operand: Operand) -> String {
        NumberText.format(operand.value, glyphs: glyphs)
    }

    /// One term with numbers: `3×1`, `1×(−1)`, or a lone value.
    public func numericTerm(_ term: Term) -> String {
        guard let right = term.right else { return NumberText.factor(term.left.value, glyphs: glyphs) }
        return NumberText.factor(term.left.value, glyphs: glyphs) + glyphs.times + NumberText.factor(right.value, glyphs: glyphs)
    }

    /// One term with names: `A₁,₁·W₁,₁`.
    public func symbolicTerm(_ term: Term) -> String {
        guard let right = term.right else { return operandLabel(term.left) }
        return operandLabel(term.left) + (glyphs.subscripts ? "·" : "*") + operandLabel(right)
    }

    /// The right-hand side with numbers, before `=`: `3×1 + 0×0 + … + 1`, `max(4, 8)`, `(4 + 8) / 2`.
    /// With `maxTerms`, long sums keep their first and last terms around an ellipsis.
    public func numericExpression(_ step: Step, maxTerms: Int? = nil) -> String {
        expression(step, maxTerms: maxTerms, term: numericTerm, bias: { NumberText.factor($0.value, glyphs: glyphs) })
    }

    /// The right-hand side with names: `A₁,₁·W₁,₁ + … + B`.
    public func symbolicExpression(_ step: Step, maxTerms: Int? = nil) -> String {
        expression(step, maxTerms: maxTerms, term: symbolicTerm, bias: { label(.bias, $0.source ?? [0]) })
    }

    /// The total as shown after `=`.
    public func total(_ step: Step) -> String {
        NumberText.format(step.total, glyphs: glyphs)
    }

    /// `Z₁,₁ = 3×1 + … = −5`.
    public func equation(_ step: Step, maxTerms: Int? = nil) -> String {
        "\(targetLabel(step)) = \(numericExpression(step, maxTerms: maxTerms)) = \(total(step))"
    }

    private func expression(
        _ step: Step, maxTerms: Int?, term: (Term) -> String, bias: (Operand) -> String
    ) -> String {
        let parts = shownTerms(step, maxTerms: maxTerms).map { $0.map(term) ?? glyphs.ellipsis }
        switch step.rule {
        case .sum:
            let sum = parts.isEmpty ? "0" : parts.joined(separator: " + ")
            guard let b = step.bias else { return sum }
            return sum + " + " + bias(b)
        case .maximum:
            return "max(" + parts.joined(separator: ", ") + ")"
        case .mean(let divisor):
            return "(" + parts.joined(separator: " + ") + ") / \(divisor)"
        case .rectify:
            return "max(0, " + (parts.first ?? "0") + ")"
        }
    }

    /// The terms to print: all, or the first ones, nil for the gap, and the last two.
    private func shownTerms(_ step: Step, maxTerms: Int?) -> [Term?] {
        let count = step.terms.count
        guard let maxTerms, count > maxTerms, maxTerms >= 4 else { return step.terms.map { $0 } }
        let head = maxTerms - 3
        return step.terms[0..<head].map { $0 } + [nil] + step.terms[(count - 2)..<count].map { $0 }
    }

    /// `1,2` → `₁,₂`.
    static func subscripted(_ text: String) -> String {
        let digits: [Character: Character] = [
            "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        ]
        return String(text.map { digits[$0] ?? $0 })
    }
}
