/// How a transposed convolution spreads one axis of its input: tap `u` of input cell `i` lands on output cell
/// i·s + u·d − padding. It is the adjoint of an ordinary convolution's window sliding over the output: input cell i
/// stamps exactly where window i reads, so the geometry is that window's, read the other way round.
public struct TransposedAxis: Equatable, Hashable, Sendable {
    /// The window of the ordinary convolution over the output whose adjoint this is: its input is this axis's
    /// output, padded by `padBefore` before (and after by enough for every input cell to have a window).
    public let window: AxisWindow
    /// Cells in the input (the cells that stamp): the window's first `inputSize` outputs.
    public let inputSize: Int

    /// The transposed axis of `window`, whose first `inputSize` windows stamp back.
    init(adjointOf window: AxisWindow, inputSize: Int) {
        self.window = window
        self.inputSize = inputSize
    }

    /// The axis this describes.
    public var axis: Axis { window.axis }
    /// Taps in the kernel.
    public var kernelSize: Int { window.kernelSize }
    /// Output cells between the stamps of neighbouring input cells.
    public var stride: Int { window.stride }
    /// Output cells between neighbouring taps of one stamp (1 = adjacent).
    public var dilation: Int { window.dilation }
    /// Stamped cells cut off before output cell 0 (PyTorch's `padding`).
    public var padBefore: Int { window.padBefore }
    /// Cells in the output.
    public var outputSize: Int { window.inputSize }
    /// Output cells one stamp reaches from its first tap to its last: d·(k−1) + 1.
    public var kernelSpan: Int { window.kernelSpan }

    /// PyTorch's `output_padding`: output cells beyond (n − 1)·s − 2·padding + d·(k − 1) + 1.
    public var outputPadding: Int { outputSize - ((inputSize - 1) * stride - 2 * padBefore + kernelSpan) }

    /// The output position tap `tap` of input cell `input` lands on (outside 0..<outputSize when cut off).
    @inlinable public func outputPosition(input: Int, tap: Int) -> Int {
        window.inputPosition(output: input, tap: tap)
    }

    /// The (input cell, tap) pairs whose stamps cover output position `output`, input cells in increasing order
    /// (so taps from last to first).
    public func stamps(covering output: Int) -> [(input: Int, tap: Int)] {
        window.windows(reading: output + padBefore).compactMap { $0.output < inputSize ? ($0.output, $0.tap) : nil }
    }

    /// How many stamps cover output position `output`: with stride 2 and a 3-tap kernel, 1, 2, 1, 2, … .
    public func stampCount(at output: Int) -> Int { stamps(covering: output).count }

    /// The padding after the output that gives the ordinary convolution over the output exactly `inputSize` windows
    /// (with `padBefore` before): `padBefore` itself whenever that works (always when output_padding < stride),
    /// otherwise the nearest that does. Negative when the last output cells must be cropped instead because no stamp
    /// reaches them (output_padding ≥ stride, which PyTorch allows below the dilation).
    public var adjointPadAfter: Int {
        Self.adjointPadAfter(
            inputSize: inputSize, outputSize: outputSize, kernelSpan: kernelSpan, stride: stride, padBefore: padBefore)
    }

    /// `adjointPadAfter` from the numbers alone: the convolution has ⌊(N + p + a − span) / s⌋ + 1 = n windows for
    /// a in least…least + s − 1.
    static func adjointPadAfter(inputSize: Int, outputSize: Int, kernelSpan: Int, stride: Int, padBefore: Int) -> Int {
        let least = (inputSize - 1) * stride + kernelSpan - outputSize - padBefore
        return min(max(padBefore, least), least + stride - 1)
    }

    /// Zero cells before the zero-inserted input in the equivalent convolution: d·(k−1) − padding (negative: cropped).
    public var gridOffset: Int { dilation * (kernelSize - 1) - padBefore }

    /// Cells of the zero-inserted, padded input the rotated kernel slides over: the output size + d·(k−1).
    public var gridSize: Int { outputSize + dilation * (kernelSize - 1) }
}

extension AxisWindow {
    /// The transposed axis of this window: its outputs stamp back onto its input cells (how dL/dX is formed).
    public var transposed: TransposedAxis { TransposedAxis(adjointOf: self, inputSize: outputSize) }
}
