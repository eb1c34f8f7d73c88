extension AxisWindow {
    /// The taps of window `outputIndex` that land inside the padded input: all of them, except that a last
    /// ceil-mode window can hang past the end (those taps read nothing and do not count).
    public func tapsInsidePadding(output outputIndex: Int) -> Range<Int> {
        let room = paddedSize - outputIndex * stride
        return 0..<max(0, min(kernelSize, Self.roundedUpQuotient(room, dilation)))
    }

    /// The taps of window `outputIndex` that land on real input cells (not padding, not past the end).
    public func tapsOnInput(output outputIndex: Int) -> Range<Int> {
        let start = outputIndex * stride
        let first = Self.roundedUpQuotient(max(0, padBefore - start), dilation)
        let end = min(kernelSize, Self.roundedUpQuotient(max(0, padBefore + inputSize - start), dilation))
        return first..<max(first, end)
    }

    /// The windows that read padded position `paddedPosition`, with the tap that reads it, in output order.
    public func windows(reading paddedPosition: Int) -> [(output: Int, tap: Int)] {
        let first = max(0, Self.roundedUpQuotient(paddedPosition - kernelSpan + 1, stride))
        let last = min(outputSize - 1, paddedPosition / stride)
        guard first <= last else { return [] }
        return (first...last).compactMap { output in
            let offset = paddedPosition - output * stride
            guard offset % dilation == 0, offset / dilation < kernelSize else { return nil }
            return (output, offset / dilation)
        }
    }

    /// The first output whose window holds only padding on this axis, or nil when every window reads the input.
    public var firstWindowOnlyInPadding: Int? {
        (0..<outputSize).first { tapsOnInput(output: $0).isEmpty }
    }

    /// ⌈a / b⌉ for b > 0 and any a.
    private static func roundedUpQuotient(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? (a + b - 1) / b : -((-a) / b)
    }
}
