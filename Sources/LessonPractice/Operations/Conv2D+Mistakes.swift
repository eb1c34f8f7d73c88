import CNNEngine
import LessonModel
import LessonText

/// A convolution's mistakes: the kernel flipped, the bias forgotten, the padding skipped, the window one cell
/// or one stride off; for dL/dX, the filter not rotated.
extension Conv2D: OperationMistakes {
    /// The forward pass's mistakes, or dL/dX's; none for the other gradients.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] {
        switch kind {
        case .forward: return forwardMistakes(step, glyphs: glyphs)
        case .gradInput: return unrotatedMistake(step)
        case .forwardAsConvolution, .gradFilters, .gradBias, .image, .table: return []
        }
    }

    private func forwardMistakes(_ step: Step, glyphs: Glyphs) -> [Mistake] {
        let conv = self
        var result: [Mistake] = []
        let (f, y, x) = (step.targetIndex[0], step.targetIndex[1], step.targetIndex[2])
        let flipped = step.terms.reduce(step.bias?.value ?? 0) { sum, term in
            guard let right = term.right, let source = right.source else { return sum }
            return sum + term.left.value * conv.filters[conv.rotatedSource(source[0], source[1], source[2], source[3])]
        }
        result.append(
            Mistake(
                kind: .kernelFlipped, value: flipped,
                explanation:
                    "That is what you get with the kernel flipped (a true convolution). Here, as in frameworks, the kernel is laid on the window as it is."
            ))
        if let bias = step.bias, bias.value != 0 {
            result.append(
                Mistake(
                    kind: .biasForgotten, value: step.total - bias.value,
                    explanation: "That is the sum without the bias: add \(NumberText.format(bias.value, glyphs: glyphs)) at the end."))
        }
        if conv.window.padding != .zero, let unpadded = valueWithoutPadding(f: f, y: y, x: x) {
            result.append(
                Mistake(
                    kind: .paddingSkipped, value: unpadded,
                    explanation:
                        "That is the window placed on the image without its padding. Count the border of zeros: the window starts on the padding."
                ))
        }
        let forward = conv.forward
        for (dy, dx) in [(0, 1), (0, -1), (1, 0), (-1, 0)] {
            if let shifted = shiftedByOne(f: f, y: y, x: x, dy: dy, dx: dx) {
                result.append(
                    Mistake(
                        kind: .windowShiftedByOne, value: shifted,
                        explanation:
                            "That is the window one cell \(Self.direction(dy, dx)) of where it should be. The window's top-left corner is at row \(y * conv.window.rows.stride - conv.window.rows.padBefore + 1), column \(x * conv.window.columns.stride - conv.window.columns.padBefore + 1)."
                    ))
            }
            if let neighbour = forward.step(for: [f, y + dy, x + dx]),
                conv.window.rows.stride > 1 || conv.window.columns.stride > 1
            {
                result.append(
                    Mistake(
                        kind: .windowShiftedByStride, value: neighbour.total,
                        explanation: "That is the value of the neighbouring output (the window moved one stride \(Self.direction(dy, dx)))."
                    ))
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
    private func valueWithoutPadding(f: Int, y: Int, x: Int) -> Double? {
        let conv = self
        let rows = conv.window.rows, columns = conv.window.columns
        var sum = conv.bias[[f]]
        for k in 0..<conv.channelsPerGroup {
            let c = conv.inputChannel(filter: f, kernelChannel: k)
            for u in 0..<rows.kernelSize {
                for v in 0..<columns.kernelSize {
                    let i = y * rows.stride + u * rows.dilation, j = x * columns.stride + v * columns.dilation
                    guard i < rows.inputSize, j < columns.inputSize else { return nil }
                    sum += conv.input[c, i, j] * conv.filters[f, k, u, v]
                }
            }
        }
        return sum
    }

    /// The output with the window one input cell off, if it stays inside the padded input.
    private func shiftedByOne(f: Int, y: Int, x: Int, dy: Int, dx: Int) -> Double? {
        let conv = self
        let rows = conv.window.rows, columns = conv.window.columns, padded = conv.paddedInput
        var sum = conv.bias[[f]]
        for k in 0..<conv.channelsPerGroup {
            let c = conv.inputChannel(filter: f, kernelChannel: k)
            for u in 0..<rows.kernelSize {
                for v in 0..<columns.kernelSize {
                    let i = rows.paddedPosition(output: y, tap: u) + dy, j = columns.paddedPosition(output: x, tap: v) + dx
                    guard i >= 0, j >= 0, i < rows.paddedSize, j < columns.paddedSize else { return nil }
                    sum += padded.value(channel: c, row: i, column: j) * conv.filters[f, k, u, v]
                }
            }
        }
        return sum
    }

    private func unrotatedMistake(_ step: Step) -> [Mistake] {
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
        return [
            Mistake(
                kind: .filterNotRotated, value: unrotated,
                explanation: "That is the full convolution with the filter as it is. For dL/dX the filter must be turned by 180° first.")
        ]
    }
}
