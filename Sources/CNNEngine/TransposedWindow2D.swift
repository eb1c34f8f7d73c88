/// The geometry of a 2-D transposed convolution: the window of the ordinary convolution over its output whose
/// adjoint it is, and how many input cells stamp along each axis.
public struct TransposedWindow2D: Equatable, Hashable, Sendable {
    /// The ordinary convolution's window over the (padded) output: one window per input cell, or more when
    /// output_padding leaves cells at the end that no stamp reaches.
    public let adjoint: SlidingWindow2D
    /// Input height and width.
    public let inputSize: Pair

    /// The transposed geometry of `adjoint`, whose first `inputSize` windows stamp back.
    init(adjointOf adjoint: SlidingWindow2D, inputSize: Pair) {
        self.adjoint = adjoint
        self.inputSize = inputSize
    }

    /// Validates PyTorch's `conv_transpose2d` arguments along both axes: the output has
    /// (n − 1)·s − 2·padding + d·(k − 1) + output_padding + 1 cells per axis.
    public init(input: Pair, kernel: Pair, stride: Pair, padding: Pair, outputPadding: Pair, dilation: Pair) throws(ShapeError) {
        let rows = try Self.outputAndPadAfter(
            .rows, input.rows, kernel.rows, stride.rows, padding.rows, outputPadding.rows, dilation.rows)
        let columns = try Self.outputAndPadAfter(
            .columns, input.columns, kernel.columns, stride.columns, padding.columns, outputPadding.columns, dilation.columns)
        let sides = Padding(top: padding.rows, bottom: rows.padAfter, left: padding.columns, right: columns.padAfter)
        adjoint = try SlidingWindow2D(
            input: Pair(rows: rows.outputSize, columns: columns.outputSize), kernel: kernel, stride: stride,
            padding: .explicit(sides), dilation: dilation)
        inputSize = input
    }

    /// One axis's output size, after checking PyTorch's rules, and the adjoint window's padding after it.
    private static func outputAndPadAfter(
        _ axis: Axis, _ n: Int, _ k: Int, _ s: Int, _ p: Int, _ outputPadding: Int, _ d: Int
    ) throws(ShapeError) -> (outputSize: Int, padAfter: Int) {
        guard s > 0 else { throw .nonPositiveStride(axis: axis, value: s) }
        guard d > 0 else { throw .nonPositiveDilation(axis: axis, value: d) }
        guard p >= 0 else { throw .negativePadding(axis: axis, value: p) }
        guard outputPadding >= 0 else { throw .negativeOutputPadding(axis: axis, value: outputPadding) }
        guard outputPadding < s || outputPadding < d else {
            throw .outputPaddingTooLarge(axis: axis, outputPadding: outputPadding, stride: s, dilation: d)
        }
        let outputSize = (n - 1) * s - 2 * p + d * (k - 1) + outputPadding + 1
        guard outputSize > 0 else {
            throw .nonPositiveTransposedOutput(
                axis: axis, inputSize: n, stride: s, padding: p, dilation: d, kernelSize: k, outputPadding: outputPadding)
        }
        let after = TransposedAxis.adjointPadAfter(
            inputSize: n, outputSize: outputSize, kernelSpan: d * (k - 1) + 1, stride: s, padBefore: p)
        return (outputSize, max(after, 0))
    }

    /// Vertical geometry.
    public var rows: TransposedAxis { TransposedAxis(adjointOf: adjoint.rows, inputSize: inputSize.rows) }
    /// Horizontal geometry.
    public var columns: TransposedAxis { TransposedAxis(adjointOf: adjoint.columns, inputSize: inputSize.columns) }
    /// Output height and width.
    public var outputSize: Pair { Pair(rows: adjoint.rows.inputSize, columns: adjoint.columns.inputSize) }
    /// The kernel size along each axis.
    public var kernel: Pair { adjoint.kernel }
    /// The stride along each axis.
    public var stride: Pair { adjoint.stride }
    /// The dilation along each axis.
    public var dilation: Pair { adjoint.dilation }
    /// PyTorch's `padding`: stamped cells cut off before the first output row and column.
    public var padding: Pair { Pair(rows: adjoint.rows.padBefore, columns: adjoint.columns.padBefore) }
    /// PyTorch's `output_padding` along each axis.
    public var outputPadding: Pair { Pair(rows: rows.outputPadding, columns: columns.outputPadding) }
}
