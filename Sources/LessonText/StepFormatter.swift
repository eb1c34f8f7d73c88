import CNNEngine
import LessonModel

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
        self.init(names: phase.names, shapes: phase.shapes, glyphs: glyphs)
    }

    /// A formatter for tensors with these names and shapes, outside any lesson phase.
    public init(names: TensorNames, shapes: [TensorName: [Int]], glyphs: Glyphs) {
        self.names = names
        self.shapes = shapes
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
        numericParts(step, maxTerms: maxTerms).map(\.text).joined()
    }

    /// The right-hand side with names: `A₁,₁·W₁,₁ + … + B`.
    public func symbolicExpression(_ step: Step, maxTerms: Int? = nil) -> String {
        symbolicParts(step, maxTerms: maxTerms).map(\.text).joined()
    }

    /// The total as shown after `=`.
    public func total(_ step: Step) -> String {
        NumberText.format(step.total, glyphs: glyphs)
    }

    /// `Z₁,₁ = 3×1 + … = −5`, or `X₁,₃ = 174` when the step is one value taken as it is.
    public func equation(_ step: Step, maxTerms: Int? = nil) -> String {
        if isBareValue(step) { return "\(targetLabel(step)) = \(total(step))" }
        return "\(targetLabel(step)) = \(numericExpression(step, maxTerms: maxTerms)) = \(total(step))"
    }

    /// Whether the step is a single value with no product, bias or rule to show (a pixel, a one-cell sum).
    public func isBareValue(_ step: Step) -> Bool {
        step.rule == .sum && step.bias == nil && step.terms.count == 1 && step.terms[0].right == nil
    }

    /// The numeric right-hand side as parts, so a screen can style each term on its own. Inside `max(…)`
    /// lone values are written bare (`max(0, −1)`); in sums negative values keep their parentheses.
    public func numericParts(_ step: Step, maxTerms: Int? = nil) -> [ExpressionPart] {
        let isList = step.rule == .maximum || step.rule == .rectify
        return expressionParts(
            step, maxTerms: maxTerms, term: { isList ? listTerm($0) : numericTerm($0) },
            bias: { NumberText.factor($0.value, glyphs: glyphs) },
            operand: { $1 ? NumberText.factor($0.value, glyphs: glyphs) : NumberText.format($0.value, glyphs: glyphs) })
    }

    /// A term inside `max(…)`: a lone value bare, a product as usual.
    private func listTerm(_ term: Term) -> String {
        term.right == nil ? NumberText.format(term.left.value, glyphs: glyphs) : numericTerm(term)
    }

    /// The symbolic right-hand side as parts.
    public func symbolicParts(_ step: Step, maxTerms: Int? = nil) -> [ExpressionPart] {
        expressionParts(
            step, maxTerms: maxTerms, term: symbolicTerm, bias: { label(.bias, $0.source ?? [0]) },
            operand: { operand, _ in operandLabel(operand) })
    }

    private func expressionParts(
        _ step: Step, maxTerms: Int?, term: (Term) -> String, bias: (Operand) -> String, operand: OperandText
    ) -> [ExpressionPart] {
        let separator = step.rule == .sum || step.rule.isMean ? " + " : ", "
        var parts = joined(step, maxTerms: maxTerms, separator: separator, text: term)
        switch step.rule {
        case .sum:
            if parts.isEmpty { parts = [ExpressionPart("0", kind: .operator)] }
            if let b = step.bias { parts += [ExpressionPart(" + ", kind: .operator), ExpressionPart(bias(b), kind: .bias)] }
            return parts
        case .maximum:
            return [ExpressionPart("max(", kind: .operator)] + parts + [ExpressionPart(")", kind: .operator)]
        case .mean(let divisor):
            return [ExpressionPart("(", kind: .operator)] + parts + [ExpressionPart(") / \(divisor)", kind: .operator)]
        case .rectify:
            return [ExpressionPart("max(0, ", kind: .operator)] + (parts.isEmpty ? [ExpressionPart("0", kind: .operator)] : parts)
                + [ExpressionPart(")", kind: .operator)]
        case .sigmoid:
            return sigmoidParts(step, operand: operand)
        case .sigmoidDerivative:
            return sigmoidDerivativeParts(step, operand: operand)
        case .softmax(let numerator):
            return softmaxParts(step, numerator: numerator, maxTerms: maxTerms, operand: operand)
        case .negativeLog:
            return negativeLogParts(step, operand: operand)
        case .negativeLogSoftmax(let target):
            return negativeLogSoftmaxParts(step, target: target, maxTerms: maxTerms, operand: operand)
        case .meanSquaredError(let divisor):
            return meanSquaredErrorParts(step, divisor: divisor, maxTerms: maxTerms, operand: operand)
        case .scaledDifference(let factor, let divisor):
            return scaledDifferenceParts(step, factor: factor, divisor: divisor, operand: operand)
        case .negativeRatio:
            return negativeRatioParts(step, operand: operand)
        case .gradientStep(let learningRate):
            return gradientStepParts(step, learningRate: learningRate, operand: operand)
        }
    }

    /// The shown terms written by `text`, with `separator` between them and an ellipsis for any gap.
    func joined(_ step: Step, maxTerms: Int?, separator: String, text: (Term) -> String) -> [ExpressionPart] {
        var parts: [ExpressionPart] = []
        for (offset, entry) in shownTerms(step, maxTerms: maxTerms).enumerated() {
            if offset > 0 { parts.append(ExpressionPart(separator, kind: .operator)) }
            guard let (index, term) = entry else {
                parts.append(ExpressionPart(glyphs.ellipsis, kind: .ellipsis))
                continue
            }
            parts.append(ExpressionPart(text(term), kind: .term(index)))
        }
        return parts
    }

    /// The terms to print with their positions: all, or the first ones, nil for the gap, and the last two.
    private func shownTerms(_ step: Step, maxTerms: Int?) -> [(Int, Term)?] {
        let count = step.terms.count
        guard let maxTerms, count > maxTerms, maxTerms >= 4 else { return step.terms.enumerated().map { ($0, $1) } }
        let head = maxTerms - 3
        return (0..<head).map { ($0, step.terms[$0]) } + [nil] + ((count - 2)..<count).map { ($0, step.terms[$0]) }
    }

    /// `1,2` → `₁,₂`.
    static func subscripted(_ text: String) -> String {
        String(text.map { Glyphs.subscriptOf[$0] ?? $0 })
    }
}

/// A piece of a written sum: a term (with its position in the step), an operator, the bias or an ellipsis.
public struct ExpressionPart: Sendable, Equatable {
    /// What the piece is.
    public enum Kind: Sendable, Equatable {
        /// Term number `n` of the step.
        case term(Int)
        /// `+`, `, `, `max(`, `) / 4` and the like.
        case `operator`
        /// The bias.
        case bias
        /// Terms left out.
        case ellipsis
    }

    /// The text.
    public let text: String
    /// What it is.
    public let kind: Kind

    /// Creates a part.
    public init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}

extension CombineRule {
    /// Whether the rule is a mean.
    var isMean: Bool {
        if case .mean = self { return true }
        return false
    }
}
