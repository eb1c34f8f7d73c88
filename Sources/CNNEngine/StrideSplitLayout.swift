/// How the bulk convolution passes store a zero-padded `[C][H][W]` plane set: each padded row split by the column
/// stride s, padded column j in phase j mod s at slot j / s. The columns one window tap visits for successive outputs
/// (j, j + s, j + 2s, …) are then adjacent in memory, so every inner loop reads or writes a contiguous run.
struct StrideSplitLayout {
    /// Channels C.
    let channels: Int
    /// The window whose padding and column stride decide the layout.
    let window: SlidingWindow2D
    /// Padded rows.
    var rows: Int { window.rows.paddedSize }
    /// The column stride s: how many phases each row is split into.
    var phases: Int { window.columns.stride }
    /// Slots per phase: ⌈padded columns / s⌉.
    var phaseLength: Int { (window.columns.paddedSize + phases - 1) / phases }
    /// Values in the whole layout: C · padded rows · s · phaseLength.
    var count: Int { channels * rows * phases * phaseLength }

    /// Whether this is the unpadded input's own row-major layout: no padding and column stride 1.
    var isInputLayout: Bool { phases == 1 && window.padding == .zero }

    /// Where padded cell `(channel, row, column)` is stored; the next slot holds `column + s`.
    @inline(__always)
    func offset(channel: Int, row: Int, column: Int) -> Int {
        ((channel * rows + row) * phases + column % phases) * phaseLength + column / phases
    }

    /// The slots of `phase` whose padded column lies inside the input (the rest are padding).
    func realSlots(phase: Int) -> Range<Int> {
        let (left, width) = (window.columns.padBefore, window.columns.inputSize)
        // left ≤ phase + k·s < left + width; both numerators are ≥ 0 because phase < s.
        let first = max(0, (left - phase + phases - 1) / phases)
        return first..<max(first, (left + width - phase + phases - 1) / phases)
    }

    /// The unpadded input column of `slot` in `phase`.
    func inputColumn(phase: Int, slot: Int) -> Int {
        phase + slot * phases - window.columns.padBefore
    }

    /// `input` (`[C][H][W]`, the window's unpadded size) padded with zeros and split.
    /// When there is no padding and the column stride is 1 the layout is the input's own, and that is returned.
    func paddedCopy(of input: Tensor) -> [Double] {
        guard !isInputLayout else { return input.scalars }
        var storage = Array(repeating: 0.0, count: count)
        let (height, width, top) = (window.rows.inputSize, window.columns.inputSize, window.rows.padBefore)
        let phases = self.phases
        input.scalars.withUnsafeBufferPointer { source in
            storage.withUnsafeMutableBufferPointer { planes in
                for phase in 0..<phases {
                    let slots = realSlots(phase: phase)
                    for channel in 0..<channels {
                        for row in 0..<height {
                            let start = offset(channel: channel, row: row + top, column: phase)
                            let from = (channel * height + row) * width + inputColumn(phase: phase, slot: slots.lowerBound)
                            for k in 0..<slots.count { planes[start + slots.lowerBound + k] = source[from + k * phases] }
                        }
                    }
                }
            }
        }
        return storage
    }
}
