/// Which summary a pooling window takes.
public enum PoolKind: String, Sendable, Hashable, Codable {
    /// The largest value; padding counts as −∞.
    case max
    /// The mean over the full window; padding counts as 0 and in the divisor (PyTorch's default).
    case average
}

/// A 2-D pooling layer (max or average) over each channel of `[C][H][W]`.
public struct Pool2D: Sendable {
    /// Max or average.
    public let kind: PoolKind
    /// The input, `[C][H][W]`.
    public let input: Tensor
    /// Window, stride and padding, resolved and validated.
    public let window: SlidingWindow2D

    /// Validates the input and geometry; the stride defaults to the window size.
    public init(
        kind: PoolKind, input: Tensor, size: Pair, stride: Pair? = nil, padding: PaddingRule = .valid
    ) throws(ShapeError) {
        guard input.rank == 3 else {
            throw .rankMismatch(tensor: "input", layout: "[C][H][W]", actualShape: input.shape)
        }
        guard size.rows > 0 else { throw .nonPositiveWindow(axis: .rows, value: size.rows) }
        guard size.columns > 0 else { throw .nonPositiveWindow(axis: .columns, value: size.columns) }
        let window = try SlidingWindow2D(
            input: Pair(rows: input.shape[1], columns: input.shape[2]), kernel: size, stride: stride ?? size,
            padding: padding, dilation: Pair(1))
        for axis in [window.rows, window.columns] where max(axis.padBefore, axis.padAfter) * 2 > axis.kernelSize {
            throw .poolPaddingTooLarge(axis: axis.axis, padding: max(axis.padBefore, axis.padAfter), window: axis.kernelSize)
        }
        self.kind = kind
        self.input = input
        self.window = window
    }

    /// `[C][OH][OW]`.
    public var outputShape: [Int] { [input.shape[0], window.rows.outputSize, window.columns.outputSize] }
    /// Cells in one window: the average's divisor.
    public var windowArea: Int { window.rows.kernelSize * window.columns.kernelSize }
    /// The input as the window sees it: padding is −∞ for max, 0 for average.
    public var paddedInput: PaddedInput {
        PaddedInput(input: input, window: window, paddingValue: kind == .max ? -.infinity : 0)
    }

    /// The forward pass, step by step.
    public var forward: Pool2DForward { Pool2DForward(layer: self) }

    /// dL/dX for a dL/dO of shape `[C][OH][OW]`.
    public func backward(gradOutput: Tensor) throws(ShapeError) -> Pool2DInputGradient {
        guard gradOutput.shape == outputShape else {
            throw .gradientShapeMismatch(gradient: "dL/dO", expected: outputShape, actual: gradOutput.shape)
        }
        return Pool2DInputGradient(layer: self, gradOutput: gradOutput)
    }

    /// The window's operands for output cell `(c, y, x)`, row-major.
    func windowOperand(channel c: Int, y: Int, x: Int, tap k: Int) -> Operand {
        let kw = window.columns.kernelSize
        return paddedInput.operand(
            channel: c, row: window.rows.paddedPosition(output: y, tap: k / kw),
            column: window.columns.paddedPosition(output: x, tap: k % kw))
    }

    /// The padded position (row, column) of the first maximum of window `(c, y, x)`.
    public func winner(channel c: Int, y: Int, x: Int) -> (row: Int, column: Int) {
        var best = (row: 0, column: 0), bestValue = -Double.infinity, first = true
        for u in 0..<window.rows.kernelSize {
            for v in 0..<window.columns.kernelSize {
                let row = window.rows.paddedPosition(output: y, tap: u)
                let column = window.columns.paddedPosition(output: x, tap: v)
                let candidate = paddedInput.value(channel: c, row: row, column: column)
                if first || candidate > bestValue { (best, bestValue, first) = ((row, column), candidate, false) }
            }
        }
        return best
    }
}

/// O[c][y][x] = max (or mean) of the window of X at (y, x).
public struct Pool2DForward: TracedOperation {
    /// The layer computed.
    public let layer: Pool2D

    /// `.output`.
    public var resultName: TensorName { .output }
    /// `[C][OH][OW]`.
    public var resultShape: [Int] { layer.outputShape }

    /// One output cell.
    public func value(at index: [Int]) -> Double {
        let (c, y, x) = (index[0], index[1], index[2])
        switch layer.kind {
        case .max:
            let winner = layer.winner(channel: c, y: y, x: x)
            return layer.paddedInput.value(channel: c, row: winner.row, column: winner.column)
        case .average:
            let sum = (0..<layer.windowArea).reduce(0.0) { $0 + layer.windowOperand(channel: c, y: y, x: x, tap: $1).value }
            return sum / Double(layer.windowArea)
        }
    }

    /// The window's values in row-major order, combined by max or mean.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (c, y, x) = (targetIndex[0], targetIndex[1], targetIndex[2])
        let layer = self.layer
        let terms = TermList(count: layer.windowArea) { k in Term(layer.windowOperand(channel: c, y: y, x: x, tap: k)) }
        let rule: CombineRule = layer.kind == .max ? .maximum : .mean(divisor: layer.windowArea)
        return Step(
            number: number, target: .output, targetIndex: targetIndex, rule: rule, terms: terms, bias: nil,
            total: value(at: targetIndex))
    }

    /// The whole output.
    public func result() -> Tensor { resultCellByCell() }
}

/// dL/dX[c][i][j] = Σ over windows that hold (i, j) of dL/dO · ∂O/∂X (1 for the winner, 0 otherwise; or 1/area).
public struct Pool2DInputGradient: TracedOperation {
    /// The layer differentiated.
    public let layer: Pool2D
    /// dL/dO.
    public let gradOutput: Tensor

    /// `.gradInput`.
    public var resultName: TensorName { .gradInput }
    /// `[C][H][W]`.
    public var resultShape: [Int] { layer.input.shape }

    /// The output cells (y, x) whose windows hold input cell (i, j), row-major.
    public func windows(containingRow i: Int, column j: Int) -> [(y: Int, x: Int)] {
        let rows = Self.outputs(covering: i, layer.window.rows), columns = Self.outputs(covering: j, layer.window.columns)
        return rows.flatMap { y in columns.map { x in (y, x) } }
    }

    /// ∂O[c][y][x]/∂X[c][i][j].
    public func localGradient(channel c: Int, i: Int, j: Int, y: Int, x: Int) -> Double {
        switch layer.kind {
        case .average:
            return 1 / Double(layer.windowArea)
        case .max:
            let winner = layer.winner(channel: c, y: y, x: x)
            let isWinner = winner.row - layer.window.rows.padBefore == i && winner.column - layer.window.columns.padBefore == j
            return isWinner ? 1 : 0
        }
    }

    /// One cell of dL/dX.
    public func value(at index: [Int]) -> Double {
        let (c, i, j) = (index[0], index[1], index[2])
        return windows(containingRow: i, column: j).reduce(0) { sum, window in
            sum + gradOutput[c, window.y, window.x] * localGradient(channel: c, i: i, j: j, y: window.y, x: window.x)
        }
    }

    /// One term per window holding the cell: dL/dO there × the local gradient.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (c, i, j) = (targetIndex[0], targetIndex[1], targetIndex[2])
        let windows = windows(containingRow: i, column: j), operation = self
        let terms = TermList(count: windows.count) { k in
            let (y, x) = windows[k]
            return Term(
                .element(.gradOutput, [c, y, x], operation.gradOutput[c, y, x]),
                Operand(
                    tensor: .localGradient, position: [c, y, x], source: nil,
                    value: operation.localGradient(channel: c, i: i, j: j, y: y, x: x), origin: .element))
        }
        return Step(
            number: number, target: .gradInput, targetIndex: targetIndex, rule: .sum, terms: terms, bias: nil,
            total: value(at: targetIndex))
    }

    /// The whole dL/dX by routing each dL/dO cell to its window's winner, or spreading it evenly.
    public func result() -> Tensor {
        var gradient = Tensor(zeros: resultShape)
        let window = layer.window
        for c in 0..<resultShape[0] {
            for y in 0..<window.rows.outputSize {
                for x in 0..<window.columns.outputSize {
                    scatter(gradOutput[c, y, x], channel: c, y: y, x: x, into: &gradient)
                }
            }
        }
        return gradient
    }

    private func scatter(_ g: Double, channel c: Int, y: Int, x: Int, into gradient: inout Tensor) {
        let window = layer.window
        switch layer.kind {
        case .max:
            let winner = layer.winner(channel: c, y: y, x: x)
            let source = [c, winner.row - window.rows.padBefore, winner.column - window.columns.padBefore]
            if gradient.contains(source) { gradient.accumulate(g, atFlat: gradient.flatIndex(source)) }
        case .average:
            for k in 0..<layer.windowArea {
                let operand = layer.windowOperand(channel: c, y: y, x: x, tap: k)
                if let source = operand.source {
                    gradient.accumulate(g / Double(layer.windowArea), atFlat: gradient.flatIndex(source))
                }
            }
        }
    }

    private static func outputs(covering position: Int, _ axis: AxisWindow) -> [Int] {
        let padded = position + axis.padBefore
        let first = max(0, (padded - axis.kernelSize + axis.stride) / axis.stride)
        let last = min(axis.outputSize - 1, padded / axis.stride)
        guard first <= last else { return [] }
        return (first...last).filter { $0 * axis.stride <= padded && padded < $0 * axis.stride + axis.kernelSize }
    }
}
