import CNNEngine

/// A common mistake that explains a wrong answer, recomputed from the same step.
public struct Mistake: Sendable, Equatable {
    /// Which mistake.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// The kernel was flipped (a true convolution instead of the correlation frameworks compute).
        case kernelFlipped
        /// The bias was left out.
        case biasForgotten
        /// The input was used without its padding (the window placed on the unpadded input).
        case paddingSkipped
        /// The window was placed one cell off.
        case windowShiftedByOne
        /// The window was placed one stride off (the neighbouring output's window).
        case windowShiftedByStride
        /// One product's sign was dropped.
        case signDropped
        /// Not the largest value of the pooling window.
        case wrongWinner
        /// The average was not divided by the window size (or divided by the wrong count).
        case averageNotDivided
        /// For dL/dX: the filter was not rotated by 180°.
        case filterNotRotated
    }

    /// Which mistake.
    public let kind: Kind
    /// What that mistake gives.
    public let value: Double
    /// A sentence for the student.
    public let explanation: String
}

/// Diagnoses wrong practice answers by recomputing the cell under common mistakes.
public enum PracticeCoach {
    /// The first mistake whose result matches `answer`, or nil when none does.
    public static func diagnose(_ answer: TypedNumber, step: Step, phase: Phase, glyphs: Glyphs = .unicode) -> Mistake? {
        candidates(step: step, phase: phase, glyphs: glyphs).first { answer.matches($0.value) && !answer.matches(step.total) }
    }

    /// Every mistake that applies to this step, with its value.
    public static func candidates(step: Step, phase: Phase, glyphs: Glyphs = .unicode) -> [Mistake] {
        var result: [Mistake] = []
        switch (phase.kind, phase.stage) {
        case (.forward, .convolution(let conv)):
            result += convolutionMistakes(step, conv, glyphs: glyphs)
        case (.forward, .pooling(let pool)):
            result += poolingMistakes(step, pool, glyphs: glyphs)
        case (.gradInput, .convolution):
            result += unrotatedMistake(step)
        default:
            break
        }
        if step.rule == .sum { result += signMistakes(step, glyphs: glyphs) }
        return result
    }

    private static func convolutionMistakes(_ step: Step, _ conv: Conv2D, glyphs: Glyphs) -> [Mistake] {
        var result: [Mistake] = []
        let (f, y, x) = (step.targetIndex[0], step.targetIndex[1], step.targetIndex[2])
        let kh = conv.filters.shape[2], kw = conv.filters.shape[3]
        let flipped = step.terms.reduce(step.bias?.value ?? 0) { sum, term in
            guard let right = term.right, let source = right.source else { return sum }
            return sum + term.left.value * conv.filters[[source[0], source[1], kh - 1 - source[2], kw - 1 - source[3]]]
        }
        result.append(Mistake(kind: .kernelFlipped, value: flipped, explanation: "That is what you get with the kernel flipped (a true convolution). Here, as in frameworks, the kernel is laid on the window as it is."))
        if let bias = step.bias, bias.value != 0 {
            result.append(Mistake(kind: .biasForgotten, value: step.total - bias.value, explanation: "That is the sum without the bias: add \(NumberText.format(bias.value, glyphs: glyphs)) at the end."))
        }
        if conv.window.padding != .zero, let unpadded = valueWithoutPadding(conv, f: f, y: y, x: x) {
            result.append(Mistake(kind: .paddingSkipped, value: unpadded, explanation: "That is the window placed on the image without its padding. Count the border of zeros: the window starts on the padding."))
        }
        let forward = conv.forward
        for (dy, dx) in [(0, 1), (0, -1), (1, 0), (-1, 0)] {
            if let shifted = shiftedByOne(conv, f: f, y: y, x: x, dy: dy, dx: dx) {
                result.append(Mistake(kind: .windowShiftedByOne, value: shifted, explanation: "That is the window one cell \(direction(dy, dx)) of where it should be. The window's top-left corner is at row \(y * conv.window.rows.stride - conv.window.rows.padBefore + 1), column \(x * conv.window.columns.stride - conv.window.columns.padBefore + 1)."))
            }
            if let neighbour = forward.step(for: [f, y + dy, x + dx]),
                conv.window.rows.stride > 1 || conv.window.columns.stride > 1
            {
                result.append(Mistake(kind: .windowShiftedByStride, value: neighbour.total, explanation: "That is the value of the neighbouring output (the window moved one stride \(direction(dy, dx)))."))
            }
        }
        return result
    }

    private static func direction(_ dy: Int, _ dx: Int) -> String {
        switch (dy, dx) {
        case (0, 1): return "to the right"
        case (0, -1): return "to the left"
        case (1, 0): return "below"
        default: return "above"
        }
    }

    /// The output with the window at the same stride positions but no padding, if it fits in the input.
    private static func valueWithoutPadding(_ conv: Conv2D, f: Int, y: Int, x: Int) -> Double? {
        let rows = conv.window.rows, columns = conv.window.columns
        var sum = conv.bias[[f]]
        for c in 0..<conv.channelCount {
            for u in 0..<rows.kernelSize {
                for v in 0..<columns.kernelSize {
                    let i = y * rows.stride + u * rows.dilation, j = x * columns.stride + v * columns.dilation
                    guard i < rows.inputSize, j < columns.inputSize else { return nil }
                    sum += conv.input[c, i, j] * conv.filters[f, c, u, v]
                }
            }
        }
        return sum
    }

    /// The output with the window one input cell off, if it stays inside the padded input.
    private static func shiftedByOne(_ conv: Conv2D, f: Int, y: Int, x: Int, dy: Int, dx: Int) -> Double? {
        let rows = conv.window.rows, columns = conv.window.columns, padded = conv.paddedInput
        var sum = conv.bias[[f]]
        for c in 0..<conv.channelCount {
            for u in 0..<rows.kernelSize {
                for v in 0..<columns.kernelSize {
                    let i = rows.paddedPosition(output: y, tap: u) + dy, j = columns.paddedPosition(output: x, tap: v) + dx
                    guard i >= 0, j >= 0, i < rows.paddedSize, j < columns.paddedSize else { return nil }
                    sum += padded.value(channel: c, row: i, column: j) * conv.filters[f, c, u, v]
                }
            }
        }
        return sum
    }

    private static func poolingMistakes(_ step: Step, _ pool: Pool2D, glyphs: Glyphs) -> [Mistake] {
        let values = step.terms.map(\.product).filter(\.isFinite)
        switch pool.kind {
        case .max:
            return values.filter { $0 != step.total }.map { value in
                Mistake(kind: .wrongWinner, value: value, explanation: "\(NumberText.format(value, glyphs: glyphs)) is in the window, but it is not the largest value there.")
            }
        case .average:
            let sum = values.reduce(0, +)
            let real = step.terms.filter { $0.left.origin == .element }.count
            var result = [Mistake(kind: .averageNotDivided, value: sum, explanation: "That is the sum of the window; divide it by the \(pool.windowArea) cells of the window.")]
            if real != pool.windowArea && real > 0 {
                result.append(Mistake(kind: .averageNotDivided, value: sum / Double(real), explanation: "That divides by the \(real) image cells only; padding cells count too, so divide by \(pool.windowArea)."))
            }
            return result
        }
    }

    private static func unrotatedMistake(_ step: Step) -> [Mistake] {
        guard !step.terms.isEmpty, step.terms.allSatisfy({ $0.right?.source != nil }) else { return [] }
        // The same window read against the filter as it is: term k's weight is the one at k's own position.
        let unrotated = step.terms.reduce(0.0) { sum, term in
            guard let right = term.right else { return sum }
            let mirror = step.terms.first { candidate in
                candidate.right?.position.prefix(2) == right.position.prefix(2)
                    && candidate.right?.source.map { Array($0.suffix(2)) } == Array(right.position.suffix(2))
            }
            return sum + term.left.value * (mirror?.right?.value ?? right.value)
        }
        return [Mistake(kind: .filterNotRotated, value: unrotated, explanation: "That is the full convolution with the filter as it is. For dL/dX the filter must be turned by 180° first.")]
    }

    private static func signMistakes(_ step: Step, glyphs: Glyphs) -> [Mistake] {
        step.terms.prefix(256).compactMap { term -> Mistake? in
            let product = term.product
            guard product != 0 else { return nil }
            let text = term.right.map { NumberText.factor(term.left.value, glyphs: glyphs) + glyphs.times + NumberText.factor($0.value, glyphs: glyphs) } ?? NumberText.format(product, glyphs: glyphs)
            return Mistake(kind: .signDropped, value: step.total - 2 * product, explanation: "That is the sum with the sign of \(text) dropped: it contributes \(NumberText.format(product, glyphs: glyphs)).")
        }
    }
}
