/// The bulk dL/dX: each row of dL/dX, one column phase of `StrideSplitLayout` at a time, gathered from dL/dO by
/// `RowKernels.sumOfScaledRuns`. Every cell adds its terms in the traced order (filter by filter, then the rotated
/// kernel's rows and columns, i.e. the kernel's from last to first) and reads dL/dO through `GradOutputRows`, whose
/// zeros stand for the full grid's padding, so it equals `Conv2DInputGradient.value(at:)` exactly.
struct InputGradientGather {
    /// The layer differentiated.
    let layer: Conv2D
    /// The padded dL/dX rows being gathered, split by column stride.
    let layout: StrideSplitLayout
    /// dL/dO with zeros around each row.
    let rows: GradOutputRows
    /// For each column phase, the kernel columns whose taps land in it, last first, with the slot shift q of each
    /// (v·dw = q·sw + phase).
    let kernelColumns: [[(v: Int, shift: Int)]]

    /// The gather for one layer and dL/dO.
    init(layer: Conv2D, gradOutput: Tensor) {
        self.layer = layer
        layout = StrideSplitLayout(channels: layer.channelCount, window: layer.window)
        rows = GradOutputRows(gradOutput: gradOutput, layout: layout)
        let columns = layer.window.columns
        kernelColumns = (0..<columns.stride).map { phase in
            (0..<columns.kernelSize).reversed().compactMap { v in
                let column = columns.paddedPosition(output: 0, tap: v)
                return column % columns.stride == phase ? (v, column / columns.stride) : nil
            }
        }
    }

    /// The kernel rows whose taps land on padded row `r`, last first, with the dL/dO row y of each (r = y·sh + u·dh).
    func kernelRows(reaching r: Int) -> [(u: Int, y: Int)] {
        let window = layer.window.rows
        return (0..<window.kernelSize).reversed().compactMap { u in
            let reach = r - window.paddedPosition(output: 0, tap: u)
            guard reach >= 0, reach % window.stride == 0, reach / window.stride < window.outputSize else { return nil }
            return (u, reach / window.stride)
        }
    }

    /// The whole dL/dX `[C][H][W]`.
    func gradient() -> Tensor {
        let window = layer.window
        var scratch = Array(repeating: 0.0, count: layout.phaseLength)
        var taps: [RowKernels.Tap] = [], weightIndices: [Int] = []
        return rows.storage.withUnsafeBufferPointer { source in
            layer.filters.scalars.withUnsafeBufferPointer { weights in
                Tensor(zeros: layer.input.shape) { output in
                    for i in 0..<window.rows.inputSize {
                        let kernelRows = kernelRows(reaching: i + window.rows.padBefore)
                        for phase in 0..<layout.phases where !layout.realSlots(phase: phase).isEmpty {
                            for group in 0..<layer.groups {
                                plan(&taps, &weightIndices, group: group, kernelRows: kernelRows, kernelColumns: kernelColumns[phase])
                                for k in 0..<layer.channelsPerGroup {
                                    let kernelChannelStart = k * layer.filters.strides[1]
                                    taps.withUnsafeMutableBufferPointer { taps in
                                        for t in taps.indices { taps[t].weight = weights[weightIndices[t] + kernelChannelStart] }
                                    }
                                    gatherRow(
                                        channel: group * layer.channelsPerGroup + k, row: i, phase: phase, taps: taps,
                                        source: source, scratch: &scratch, output: output)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The taps of one row and phase for the filters of `group`, in the traced order: where each reads `rows`, and
    /// the flat index of its weight in the group's kernel channel 0 (channel k adds k·KH·KW).
    private func plan(
        _ taps: inout [RowKernels.Tap], _ weightIndices: inout [Int], group: Int, kernelRows: [(u: Int, y: Int)],
        kernelColumns: [(v: Int, shift: Int)]
    ) {
        taps.removeAll(keepingCapacity: true)
        weightIndices.removeAll(keepingCapacity: true)
        let strides = layer.filters.strides
        for f in (group * layer.filtersPerGroup)..<((group + 1) * layer.filtersPerGroup) {
            for (u, y) in kernelRows {
                let rowStart = (f * layer.window.rows.outputSize + y) * rows.rowLength + rows.lead
                for (v, shift) in kernelColumns {
                    taps.append(RowKernels.Tap(weight: 0, offset: rowStart - shift))
                    weightIndices.append(f * strides[0] + u * strides[2] + v)
                }
            }
        }
    }

    /// Sums the real slots of one row and phase of input channel `channel` into `scratch`, then writes them to their
    /// columns of `output` (s apart).
    private func gatherRow(
        channel: Int, row: Int, phase: Int, taps: [RowKernels.Tap], source: UnsafeBufferPointer<Double>,
        scratch: inout [Double], output: UnsafeMutableBufferPointer<Double>
    ) {
        let slots = layout.realSlots(phase: phase)
        let first = (channel * layout.window.rows.inputSize + row) * layout.window.columns.inputSize
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

/// dL/dO `[F][OH][OW]` with `lead` zeros before each row and zeros after it up to `rowLength`, so that slot k of a
/// stride-split input row reads dL/dO column k − q at `lead − q + k` for every tap shift q ≤ lead, zero outside.
struct GradOutputRows {
    /// Zeros before each row: the largest slot shift of a kernel tap, ⌊(KW−1)·dw / sw⌋.
    let lead: Int
    /// Values per row: lead + the layout's phase length.
    let rowLength: Int
    /// The rows, `[F][OH][rowLength]`.
    let storage: [Double]

    /// The padded rows of `gradOutput` for slots of `layout`.
    init(gradOutput: Tensor, layout: StrideSplitLayout) {
        let columns = layout.window.columns
        let lead = columns.paddedPosition(output: 0, tap: columns.kernelSize - 1) / layout.phases
        let rowLength = lead + layout.phaseLength
        let (rowCount, width) = (gradOutput.shape[0] * gradOutput.shape[1], gradOutput.shape[2])
        var storage = Array(repeating: 0.0, count: rowCount * rowLength)
        storage.withUnsafeMutableBufferPointer { rows in
            gradOutput.scalars.withUnsafeBufferPointer { source in
                for row in 0..<rowCount {
                    for x in 0..<width { rows[row * rowLength + lead + x] = source[row * width + x] }
                }
            }
        }
        (self.lead, self.rowLength, self.storage) = (lead, rowLength, storage)
    }
}
