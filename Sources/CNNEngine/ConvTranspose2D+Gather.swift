/// The bulk transposed convolution (a convolution's dL/dX is one): each output row, one column phase of
/// `StrideSplitLayout` at a time, gathered from the input by `RowKernels.sumOfScaledRuns`. Every cell adds its terms
/// in the traced order (input channel by input channel of its group, then the rotated kernel's rows and columns, i.e.
/// the kernel's from last to first) and reads the input through `TransposedInputRows`, whose zeros stand for the
/// grid's padding, so it equals the convolution view's sum of terms exactly.
struct TransposedConvolutionGather {
    /// The layer computed.
    let layer: ConvTranspose2D
    /// The padded output rows being gathered, split by column stride.
    let layout: StrideSplitLayout
    /// The input with zeros around each row.
    let rows: TransposedInputRows
    /// For each column phase, the kernel columns whose taps land in it, last first, with the slot shift q of each
    /// (v·dw = q·sw + phase).
    let kernelColumns: [[(v: Int, shift: Int)]]

    /// The gather for one layer.
    init(layer: ConvTranspose2D) {
        self.layer = layer
        layout = StrideSplitLayout(channels: layer.outputChannelCount, window: layer.window.adjoint)
        rows = TransposedInputRows(input: layer.input, layout: layout)
        let columns = layer.window.adjoint.columns
        kernelColumns = (0..<columns.stride).map { phase in
            (0..<columns.kernelSize).reversed().compactMap { v in
                let column = columns.paddedPosition(output: 0, tap: v)
                return column % columns.stride == phase ? (v, column / columns.stride) : nil
            }
        }
    }

    /// The kernel rows whose taps land on output row `y`, last first, with the input row i of each.
    func kernelRows(reaching y: Int) -> [(u: Int, i: Int)] {
        layer.window.rows.stamps(covering: y).map { (u: $0.tap, i: $0.input) }
    }

    /// The sums of terms of the whole output `[F][OH][OW]`, without the bias.
    func sums() -> Tensor {
        var scratch = Array(repeating: 0.0, count: layout.phaseLength)
        var taps: [RowKernels.Tap] = [], weightIndices: [Int] = []
        return rows.storage.withUnsafeBufferPointer { source in
            layer.weight.scalars.withUnsafeBufferPointer { weights in
                Tensor(zeros: layer.outputShape) { output in
                    for y in 0..<layer.window.rows.outputSize {
                        let kernelRows = kernelRows(reaching: y)
                        for phase in 0..<layout.phases where !layout.realSlots(phase: phase).isEmpty {
                            for group in 0..<layer.groups {
                                plan(&taps, &weightIndices, group: group, kernelRows: kernelRows, kernelColumns: kernelColumns[phase])
                                for k in 0..<layer.outputChannelsPerGroup {
                                    let kernelChannelStart = k * layer.weight.strides[1]
                                    taps.withUnsafeMutableBufferPointer { taps in
                                        for t in taps.indices { taps[t].weight = weights[weightIndices[t] + kernelChannelStart] }
                                    }
                                    gatherRow(
                                        channel: group * layer.outputChannelsPerGroup + k, row: y, phase: phase, taps: taps,
                                        source: source, scratch: &scratch, output: output)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The taps of one row and phase for the input channels of `group`, in the traced order: where each reads `rows`,
    /// and the flat index of its weight in the group's kernel channel 0 (channel k adds k·KH·KW).
    private func plan(
        _ taps: inout [RowKernels.Tap], _ weightIndices: inout [Int], group: Int, kernelRows: [(u: Int, i: Int)],
        kernelColumns: [(v: Int, shift: Int)]
    ) {
        taps.removeAll(keepingCapacity: true)
        weightIndices.removeAll(keepingCapacity: true)
        let strides = layer.weight.strides
        for c in (group * layer.inputChannelsPerGroup)..<((group + 1) * layer.inputChannelsPerGroup) {
            for (u, i) in kernelRows {
                let rowStart = (c * layer.window.rows.inputSize + i) * rows.rowLength + rows.lead
                for (v, shift) in kernelColumns {
                    taps.append(RowKernels.Tap(weight: 0, offset: rowStart - shift))
                    weightIndices.append(c * strides[0] + u * strides[2] + v)
                }
            }
        }
    }

    /// Sums the real slots of one row and phase of output channel `channel` into `scratch`, then writes them to their
    /// columns of `output` (s apart).
    private func gatherRow(
        channel: Int, row: Int, phase: Int, taps: [RowKernels.Tap], source: UnsafeBufferPointer<Double>,
        scratch: inout [Double], output: UnsafeMutableBufferPointer<Double>
    ) {
        let slots = layout.realSlots(phase: phase)
        let first =
            (channel * layout.window.rows.inputSize + row) * layout.window.columns.inputSize
            + layout.inputColumn(phase: phase, slot: slots.lowerBound)
        let phases = layout.phases
        scratch.withUnsafeMutableBufferPointer { run in
            taps.withUnsafeBufferPointer { taps in
                RowKernels.sumOfScaledRuns(
                    start: 0, taps: taps, source: source, shift: slots.lowerBound, into: run, at: 0, count: slots.count)
            }
            for k in 0..<slots.count { output[first + k * phases] = run[k] }
        }
    }
}

/// The input `[C][H][W]` with `lead` zeros before each row and zeros after it up to `rowLength`, so that slot k of a
/// stride-split output row reads input column k − q at `lead − q + k` for every tap shift q ≤ lead, zero outside.
struct TransposedInputRows {
    /// Zeros before each row: the largest slot shift of a kernel tap, ⌊(KW−1)·dw / sw⌋.
    let lead: Int
    /// Values per row: lead + the layout's phase length.
    let rowLength: Int
    /// The rows, `[C][H][rowLength]`.
    let storage: [Double]

    /// The padded rows of `input` for slots of `layout`.
    init(input: Tensor, layout: StrideSplitLayout) {
        let columns = layout.window.columns
        let lead = columns.paddedPosition(output: 0, tap: columns.kernelSize - 1) / layout.phases
        let rowLength = lead + layout.phaseLength
        let (rowCount, width) = (input.shape[0] * input.shape[1], input.shape[2])
        var storage = Array(repeating: 0.0, count: rowCount * rowLength)
        storage.withUnsafeMutableBufferPointer { rows in
            input.scalars.withUnsafeBufferPointer { source in
                for row in 0..<rowCount {
                    for x in 0..<width { rows[row * rowLength + lead + x] = source[row * width + x] }
                }
            }
        }
        (self.lead, self.rowLength, self.storage) = (lead, rowLength, storage)
    }
}
