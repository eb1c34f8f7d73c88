import CNNEngine

/// An operand as written in an expression: its number or its name; `true` asks for a negative number in
/// parentheses, as a factor or after a minus sign needs it.
typealias OperandText = (Operand, Bool) -> String

/// The right-hand sides of the rules of the layers after convolution: sigmoid, softmax and the losses, e.g.
/// `e^1 / (e^2 + e^1 + e^0.1)` for a softmax probability or `((0.5 − 1)² + (0.2 − 0)²) / 2` for a squared error.
extension StepFormatter {
    /// `1 / (1 + e^−2)`: σ of the single term.
    func sigmoidParts(_ step: Step, operand: OperandText) -> [ExpressionPart] {
        guard let term = step.terms.first else { return [] }
        return [
            ExpressionPart("1 / (1 + e^\(glyphs.minus)", kind: .operator),
            ExpressionPart(operand(term.left, true), kind: .term(0)), ExpressionPart(")", kind: .operator),
        ]
    }

    /// `4×0.5×(1 − 0.5)`: dL/dO × σ × (1 − σ).
    func sigmoidDerivativeParts(_ step: Step, operand: OperandText) -> [ExpressionPart] {
        guard let term = step.terms.first, let right = term.right else { return [] }
        let (gradient, sigmoid) = (operand(term.left, true), operand(right, true))
        let text = "\(gradient)\(glyphs.times)\(sigmoid)\(glyphs.times)(1 \(glyphs.minus) \(sigmoid))"
        return [ExpressionPart(text, kind: .term(0))]
    }

    /// `e^1 / (e^2 + e^1 + e^0.1)`: the numerator's exponential over the sum of all of them.
    func softmaxParts(_ step: Step, numerator: Int, maxTerms: Int?, operand: OperandText) -> [ExpressionPart] {
        guard numerator < step.terms.count else { return [] }
        func exponential(_ term: Term) -> String { "e^" + operand(term.left, false) }
        let sum = joined(step, maxTerms: maxTerms, separator: " + ", text: exponential)
        return [ExpressionPart(exponential(step.terms[numerator]), kind: .term(numerator)), ExpressionPart(" / (", kind: .operator)]
            + sum + [ExpressionPart(")", kind: .operator)]
    }

    /// `−log(0.2)`.
    func negativeLogParts(_ step: Step, operand: OperandText) -> [ExpressionPart] {
        guard let term = step.terms.first else { return [] }
        return [
            ExpressionPart("\(glyphs.minus)log(", kind: .operator), ExpressionPart(operand(term.left, false), kind: .term(0)),
            ExpressionPart(")", kind: .operator),
        ]
    }

    /// `−log(e^1 / (e^2 + e^1 + e^0.1))`: cross-entropy written through the softmax it fuses.
    func negativeLogSoftmaxParts(_ step: Step, target: Int, maxTerms: Int?, operand: OperandText) -> [ExpressionPart] {
        [ExpressionPart("\(glyphs.minus)log(", kind: .operator)]
            + softmaxParts(step, numerator: target, maxTerms: maxTerms, operand: operand) + [ExpressionPart(")", kind: .operator)]
    }

    /// `((0.5 − 1)² + (0.2 − 0)²) / 2`.
    func meanSquaredErrorParts(_ step: Step, divisor: Int, maxTerms: Int?, operand: OperandText) -> [ExpressionPart] {
        let squared = glyphs.subscripts ? "²" : "^2"
        let sum = joined(step, maxTerms: maxTerms, separator: " + ") { "(\(difference($0, operand: operand)))\(squared)" }
        return [ExpressionPart("(", kind: .operator)] + sum + [ExpressionPart(") / \(divisor)", kind: .operator)]
    }

    /// `0.24 − 1` (factor and divisor 1), or `2×(0.5 − 1) / 3`.
    func scaledDifferenceParts(_ step: Step, factor: Int, divisor: Int, operand: OperandText) -> [ExpressionPart] {
        guard let term = step.terms.first else { return [] }
        let difference = difference(term, operand: operand)
        guard factor != 1 || divisor != 1 else { return [ExpressionPart(difference, kind: .term(0))] }
        return [
            ExpressionPart("\(factor)\(glyphs.times)(", kind: .operator), ExpressionPart(difference, kind: .term(0)),
            ExpressionPart(divisor == 1 ? ")" : ") / \(divisor)", kind: .operator),
        ]
    }

    /// `−1 / 0.2`: −y / p.
    func negativeRatioParts(_ step: Step, operand: OperandText) -> [ExpressionPart] {
        guard let term = step.terms.first, let right = term.right else { return [] }
        return [
            ExpressionPart("\(glyphs.minus)\(operand(term.left, true)) / \(operand(right, true))", kind: .term(0))
        ]
    }

    /// `0.5 − 0.1×(−2)`: the weight less η times its gradient.
    func gradientStepParts(_ step: Step, learningRate: Double, operand: OperandText) -> [ExpressionPart] {
        guard let term = step.terms.first, let right = term.right else { return [] }
        let rate = NumberText.factor(learningRate, glyphs: glyphs)
        return [
            ExpressionPart("\(operand(term.left, false)) \(glyphs.minus) \(rate)\(glyphs.times)\(operand(right, true))", kind: .term(0))
        ]
    }

    /// `left − right`, a negative right in parentheses.
    private func difference(_ term: Term, operand: OperandText) -> String {
        "\(operand(term.left, false)) \(glyphs.minus) \(term.right.map { operand($0, true) } ?? "0")"
    }

}
