/// The geometry of a 2-D sliding window: one `AxisWindow` for rows and one for columns.
public struct SlidingWindow2D: Equatable, Hashable, Sendable {
    /// Vertical geometry.
    public let rows: AxisWindow
    /// Horizontal geometry.
    public let columns: AxisWindow

    /// Resolves a padding rule and validates both axes; `ceilMode` rounds output sizes up (pooling only).
    public init(
        input: Pair, kernel: Pair, stride: Pair, padding: PaddingRule, dilation: Pair, ceilMode: Bool = false
    ) throws(ShapeError) {
        guard stride.rows > 0 else { throw .nonPositiveStride(axis: .rows, value: stride.rows) }
        guard stride.columns > 0 else { throw .nonPositiveStride(axis: .columns, value: stride.columns) }
        func axisWindow(_ axis: Axis, _ n: Int, _ k: Int, _ s: Int, _ d: Int) throws(ShapeError) -> AxisWindow {
            let sides = padding.sides(axis: axis, inputSize: n, kernelSize: k, stride: s, dilation: d)
            return try AxisWindow(
                axis: axis, inputSize: n, kernelSize: k, stride: s, dilation: d,
                padBefore: sides.before, padAfter: sides.after, ceilMode: ceilMode)
        }
        rows = try axisWindow(.rows, input.rows, kernel.rows, stride.rows, dilation.rows)
        columns = try axisWindow(.columns, input.columns, kernel.columns, stride.columns, dilation.columns)
    }

    /// Output height and width.
    public var outputSize: Pair { Pair(rows: rows.outputSize, columns: columns.outputSize) }

    /// The resolved padding on all four sides.
    public var padding: Padding {
        Padding(top: rows.padBefore, bottom: rows.padAfter, left: columns.padBefore, right: columns.padAfter)
    }

    /// The stride along each axis.
    public var stride: Pair { Pair(rows: rows.stride, columns: columns.stride) }

    /// The dilation along each axis.
    public var dilation: Pair { Pair(rows: rows.dilation, columns: columns.dilation) }

    /// Whether output sizes round up (PyTorch's `ceil_mode`).
    public var ceilMode: Bool { rows.ceilMode }

    /// The kernel size along each axis.
    public var kernel: Pair { Pair(rows: rows.kernelSize, columns: columns.kernelSize) }
}
