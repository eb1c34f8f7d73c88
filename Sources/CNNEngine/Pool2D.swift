/// Which summary a pooling window takes.
public enum PoolKind: String, Sendable, Hashable, Codable {
    /// The largest value; padding counts as −∞.
    case max
    /// The mean over the window; padding counts as 0, and in the divisor unless `countIncludePad` is false.
    case average
}

/// A 2-D pooling layer (max or average) over each channel of `[C][H][W]`, with PyTorch's options.
public struct Pool2D: Sendable {
    /// Max or average.
    public let kind: PoolKind
    /// The input, `[C][H][W]`.
    public let input: Tensor
    /// Window, stride, padding, dilation and ceil mode, resolved and validated.
    public let window: SlidingWindow2D
    /// For an average: whether padding cells count in the divisor (PyTorch's `count_include_pad`, default true).
    /// False divides by the real cells only, as TensorFlow's SAME-padded average does at the border.
    public let countIncludePad: Bool

    /// Validates the input and geometry; the stride defaults to the window size. The defaults reproduce
    /// PyTorch's `MaxPool2d`/`AvgPool2d` defaults. PyTorch's `AvgPool2d` has no `dilation`; here an average
    /// over dilated taps is allowed. Padding may be as large as leaves every window at least one input cell
    /// (PyTorch allows at most half the window).
    public init(
        kind: PoolKind, input: Tensor, size: Pair, stride: Pair? = nil, padding: PaddingRule = .valid,
        dilation: Pair = Pair(1), ceilMode: Bool = false, countIncludePad: Bool = true
    ) throws(ShapeError) {
        guard input.rank == 3 else {
            throw .rankMismatch(tensor: "input", layout: "[C][H][W]", actualShape: input.shape)
        }
        guard size.rows > 0 else { throw .nonPositiveWindow(axis: .rows, value: size.rows) }
        guard size.columns > 0 else { throw .nonPositiveWindow(axis: .columns, value: size.columns) }
        let window = try SlidingWindow2D(
            input: Pair(rows: input.shape[1], columns: input.shape[2]), kernel: size, stride: stride ?? size,
            padding: padding, dilation: dilation, ceilMode: ceilMode)
        try Self.checkEveryWindowReadsInput(window)
        self.kind = kind
        self.input = input
        self.window = window
        self.countIncludePad = countIncludePad
    }

    /// Throws when padding is so large that some window holds only padding (its max or average would read no input
    /// cell); the architecture table checks its pooling layers with the same rule.
    public static func checkEveryWindowReadsInput(_ window: SlidingWindow2D) throws(ShapeError) {
        for axis in [window.rows, window.columns] {
            if let empty = axis.firstWindowOnlyInPadding {
                throw .poolPaddingTooLarge(
                    axis: axis.axis, padBefore: axis.padBefore, padAfter: axis.padAfter, window: empty,
                    windows: axis.outputSize)
            }
        }
    }

    /// `[C][OH][OW]`.
    public var outputShape: [Int] { [input.shape[0], window.rows.outputSize, window.columns.outputSize] }
    /// Taps in the full kernel, KH·KW: the average's divisor unless padding is left out or a ceil-mode window
    /// hangs past the padded input (see `divisor(y:x:)`).
    public var windowArea: Int { window.rows.kernelSize * window.columns.kernelSize }
    /// The input as the window sees it: padding is −∞ for max, 0 for average.
    public var paddedInput: PaddedInput {
        PaddedInput(input: input, window: window, paddingValue: kind == .max ? -.infinity : 0)
    }

    /// The forward pass, step by step.
    public var forward: Pool2DForward { Pool2DForward(layer: self) }

    /// dL/dX for a dL/dO of shape `[C][OH][OW]`.
    public func backward(gradOutput: Tensor) throws(ShapeError) -> Pool2DInputGradient {
        try ShapeError.checkGradOutput(gradOutput, shape: outputShape)
        return Pool2DInputGradient(layer: self, gradOutput: gradOutput)
    }

    /// The kernel rows and columns that window `(y, x)` combines: every tap inside the padded input (a last
    /// ceil-mode window can hang past it), and for an average with `countIncludePad` false only taps on the input.
    /// These are exactly the terms of its step, so an average's divisor is their count.
    public func taps(y: Int, x: Int) -> (rows: Range<Int>, columns: Range<Int>) {
        guard kind == .max || countIncludePad else {
            return (window.rows.tapsOnInput(output: y), window.columns.tapsOnInput(output: x))
        }
        return (window.rows.tapsInsidePadding(output: y), window.columns.tapsInsidePadding(output: x))
    }

    /// The number of cells window `(y, x)` combines: an average divides its sum by this.
    public func divisor(y: Int, x: Int) -> Int {
        let taps = taps(y: y, x: x)
        return taps.rows.count * taps.columns.count
    }

    /// Term `k` of window `(c, y, x)`: its taps in row-major order.
    func windowOperand(channel c: Int, y: Int, x: Int, term k: Int) -> Operand {
        let taps = taps(y: y, x: x)
        let u = taps.rows.lowerBound + k / taps.columns.count, v = taps.columns.lowerBound + k % taps.columns.count
        return paddedInput.operand(
            channel: c, row: window.rows.paddedPosition(output: y, tap: u),
            column: window.columns.paddedPosition(output: x, tap: v))
    }

    /// The padded position (row, column) of the first maximum of window `(c, y, x)` in row-major order.
    public func winner(channel c: Int, y: Int, x: Int) -> (row: Int, column: Int) {
        var best = (row: 0, column: 0), bestValue = -Double.infinity, first = true
        let taps = taps(y: y, x: x), paddedInput = self.paddedInput
        for u in taps.rows {
            for v in taps.columns {
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
    public func value(at index: [Int]) -> Double { value(channel: index[0], y: index[1], x: index[2]) }

    /// Output cell (c, y, x): the window's first maximum, or its mean.
    private func value(channel c: Int, y: Int, x: Int) -> Double {
        switch layer.kind {
        case .max:
            let winner = layer.winner(channel: c, y: y, x: x)
            return layer.paddedInput.value(channel: c, row: winner.row, column: winner.column)
        case .average:
            let divisor = layer.divisor(y: y, x: x)
            let sum = (0..<divisor).reduce(0.0) { $0 + layer.windowOperand(channel: c, y: y, x: x, term: $1).value }
            return sum / Double(divisor)
        }
    }

    /// One term per cell the window combines (see `Pool2D.taps`).
    public func termCount(ofStep number: Int) -> Int {
        guard number >= 0 && number < stepCount else { return 0 }
        let index = Tensor.index(ofFlat: number, in: resultShape)
        return layer.divisor(y: index[1], x: index[2])
    }

    /// The window's values in row-major order, combined by max or mean. A max step with several equal
    /// largest values says so through `Step.maximumPositions`; the first of them wins.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (c, y, x) = (targetIndex[0], targetIndex[1], targetIndex[2])
        let layer = self.layer, divisor = layer.divisor(y: y, x: x)
        let terms = TermList(count: divisor) { k in Term(layer.windowOperand(channel: c, y: y, x: x, term: k)) }
        let rule: CombineRule = layer.kind == .max ? .maximum : .mean(divisor: divisor)
        return Step(
            number: number, target: .output, targetIndex: targetIndex, rule: rule, terms: terms, bias: nil,
            total: value(at: targetIndex))
    }

    /// The whole output, cell by cell in row-major order (without building an index per cell).
    public func result() -> Tensor {
        let (channels, rows, columns) = (resultShape[0], resultShape[1], resultShape[2])
        return Tensor(zeros: resultShape) { output in
            for c in 0..<channels {
                for y in 0..<rows {
                    for x in 0..<columns { output[(c * rows + y) * columns + x] = value(channel: c, y: y, x: x) }
                }
            }
        }
    }
}
