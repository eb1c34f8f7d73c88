/// How a window of `kernelSize` taps slides along one axis of a padded input.
public struct AxisWindow: Equatable, Hashable, Sendable {
    /// The axis this describes.
    public let axis: Axis
    /// Cells in the unpadded input.
    public let inputSize: Int
    /// Taps in the kernel.
    public let kernelSize: Int
    /// Cells the window moves between outputs.
    public let stride: Int
    /// Cells between neighbouring taps (1 = adjacent).
    public let dilation: Int
    /// Zero cells added before the input.
    public let padBefore: Int
    /// Zero cells added after the input.
    public let padAfter: Int
    /// Whether the output size rounds up, so a last, partial window may hang past the padded input
    /// (PyTorch's `ceil_mode`; pooling only).
    public let ceilMode: Bool

    /// Validates and creates the geometry of one axis.
    public init(
        axis: Axis, inputSize: Int, kernelSize: Int, stride: Int, dilation: Int, padBefore: Int, padAfter: Int,
        ceilMode: Bool = false
    ) throws(ShapeError) {
        guard stride > 0 else { throw .nonPositiveStride(axis: axis, value: stride) }
        guard dilation > 0 else { throw .nonPositiveDilation(axis: axis, value: dilation) }
        guard kernelSize > 0 else { throw .nonPositiveWindow(axis: axis, value: kernelSize) }
        guard padBefore >= 0 else { throw .negativePadding(axis: axis, value: padBefore) }
        guard padAfter >= 0 else { throw .negativePadding(axis: axis, value: padAfter) }
        let span = dilation * (kernelSize - 1) + 1
        let padded = inputSize + padBefore + padAfter
        guard span <= padded else { throw .kernelLargerThanInput(axis: axis, kernelSpan: span, paddedInput: padded) }
        self.axis = axis
        self.inputSize = inputSize
        self.kernelSize = kernelSize
        self.stride = stride
        self.dilation = dilation
        self.padBefore = padBefore
        self.padAfter = padAfter
        self.ceilMode = ceilMode
    }

    /// Cells the kernel covers from its first tap to its last: d·(k−1) + 1.
    public var kernelSpan: Int { dilation * (kernelSize - 1) + 1 }

    /// Cells in the padded input.
    public var paddedSize: Int { inputSize + padBefore + padAfter }

    /// Output cells: ⌊(n + p_before + p_after − d·(k−1) − 1) / s⌋ + 1, or with `ceilMode` the same rounded up,
    /// less one when that last window would start in the right padding (PyTorch's rule: the last window must
    /// start inside the input or the left padding).
    public var outputSize: Int {
        guard ceilMode else { return (paddedSize - kernelSpan) / stride + 1 }
        return roundedUpOutputSize - (dropsLastCeilWindow ? 1 : 0)
    }

    /// Whether `ceilMode` rounded up to a window that would start in the right padding, which PyTorch drops.
    public var dropsLastCeilWindow: Bool {
        ceilMode && (roundedUpOutputSize - 1) * stride >= inputSize + padBefore
    }

    /// ⌈(n + p_before + p_after − d·(k−1) − 1) / s⌉ + 1.
    private var roundedUpOutputSize: Int { (paddedSize - kernelSpan + stride - 1) / stride + 1 }

    /// Padded cells left over after the last window, (n + p − span) mod s; zero when the stride fits.
    public var leftover: Int { (paddedSize - kernelSpan) % stride }

    /// The padded-input position of tap `kernelIndex` of window `outputIndex`.
    @inlinable public func paddedPosition(output outputIndex: Int, tap kernelIndex: Int) -> Int {
        outputIndex * stride + kernelIndex * dilation
    }

    /// The unpadded input position of tap `kernelIndex` of window `outputIndex` (outside 0..<n in padding).
    @inlinable public func inputPosition(output outputIndex: Int, tap kernelIndex: Int) -> Int {
        paddedPosition(output: outputIndex, tap: kernelIndex) - padBefore
    }
}
