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

    /// Zero cells before the zero-inserted input in the equivalent convolution: d·(k−1) − padding (negative: cropped).
    public var gridOffset: Int { dilation * (kernelSize - 1) - padBefore }

    /// Cells of the zero-inserted, padded input the rotated kernel slides over: the output size + d·(k−1).
    public var gridSize: Int { outputSize + dilation * (kernelSize - 1) }
}

extension AxisWindow {
    /// The transposed axis of this window: its outputs stamp back onto its input cells (how dL/dX is formed).
    public var transposed: TransposedAxis { TransposedAxis(adjointOf: self, inputSize: outputSize) }
}
