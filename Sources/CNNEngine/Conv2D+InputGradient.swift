/// dL/dO as the full convolution sees it: stride−1 zeros between cells, then padded (or cropped) so that
/// sliding the rotated filter over it gives dL/dX cell by cell.
public struct GradOutputFullGrid: Sendable {
    /// dL/dO, `[F][OH][OW]`.
    public let gradOutput: Tensor
    /// The forward stride: zeros inserted between neighbouring cells are stride − 1.
    public let stride: Pair
    /// Cells of padding before the zero-inserted dL/dO: (K−1)·d − p_before; negative means cropped.
    public let offset: Pair
    /// Grid height and width: H + (KH−1)·dh by W + (KW−1)·dw.
    public let size: Pair

    /// The grid for a layer's geometry.
    public init(layer: Conv2D, gradOutput: Tensor) {
        let rows = layer.window.rows, columns = layer.window.columns
        self.gradOutput = gradOutput
        self.stride = Pair(rows: rows.stride, columns: columns.stride)
        self.offset = Pair(
            rows: (rows.kernelSize - 1) * rows.dilation - rows.padBefore,
            columns: (columns.kernelSize - 1) * columns.dilation - columns.padBefore)
        self.size = Pair(
            rows: rows.inputSize + (rows.kernelSize - 1) * rows.dilation,
            columns: columns.inputSize + (columns.kernelSize - 1) * columns.dilation)
    }

    /// The value and origin at grid cell `(row, column)` of filter `f`'s plane, without building an operand.
    public func cell(filter f: Int, row: Int, column: Int) -> (value: Double, origin: OperandOrigin) {
        let q = (rows: row - offset.rows, columns: column - offset.columns)
        let last = (rows: (gradOutput.shape[1] - 1) * stride.rows, columns: (gradOutput.shape[2] - 1) * stride.columns)
        guard q.rows >= 0, q.rows <= last.rows, q.columns >= 0, q.columns <= last.columns else { return (0, .padding) }
        guard q.rows % stride.rows == 0, q.columns % stride.columns == 0 else { return (0, .insertedZero) }
        return (gradOutput[f, q.rows / stride.rows, q.columns / stride.columns], .element)
    }

    /// The operand at grid cell `(row, column)` of filter `f`'s plane.
    public func operand(filter f: Int, row: Int, column: Int) -> Operand {
        let position = [f, row, column]
        let q = Pair(rows: row - offset.rows, columns: column - offset.columns)
        let last = Pair(rows: (gradOutput.shape[1] - 1) * stride.rows, columns: (gradOutput.shape[2] - 1) * stride.columns)
        guard q.rows >= 0, q.rows <= last.rows, q.columns >= 0, q.columns <= last.columns else {
            return Operand(tensor: .gradOutputFullGrid, position: position, source: nil, value: 0, origin: .padding)
        }
        guard q.rows % stride.rows == 0, q.columns % stride.columns == 0 else {
            return Operand(tensor: .gradOutputFullGrid, position: position, source: nil, value: 0, origin: .insertedZero)
        }
        let source = [f, q.rows / stride.rows, q.columns / stride.columns]
        return Operand(
            tensor: .gradOutputFullGrid, position: position, source: source, value: gradOutput[source],
            origin: .element)
    }
}

/// dL/dX[c][i][j] = Σ_f Σ_u Σ_v G[f][i + u·dh][j + v·dw] · rot180(W)[f][c][u][v], G the full grid of dL/dO.
public struct Conv2DInputGradient: TracedOperation {
    /// The layer differentiated.
    public let layer: Conv2D
    /// dL/dO.
    public let gradOutput: Tensor

    /// `.gradInput`.
    public var resultName: TensorName { .gradInput }
    /// `[C][H][W]`.
    public var resultShape: [Int] { layer.input.shape }
    /// The zero-inserted, padded dL/dO the rotated filter slides over.
    public var fullGrid: GradOutputFullGrid { GradOutputFullGrid(layer: layer, gradOutput: gradOutput) }

    /// The rotated-filter operand at `[f][c][u][v]`: the original filter's `[f][c][KH−1−u][KW−1−v]`.
    public func rotatedFilterOperand(_ f: Int, _ c: Int, _ u: Int, _ v: Int) -> Operand {
        let source = [f, c, layer.filters.shape[2] - 1 - u, layer.filters.shape[3] - 1 - v]
        return Operand(
            tensor: .rotatedFilters, position: [f, c, u, v], source: source, value: layer.filters[source],
            origin: .element)
    }

    /// One cell of dL/dX, gathered through the full grid.
    public func value(at index: [Int]) -> Double {
        let (c, i, j) = (index[0], index[1], index[2])
        let grid = fullGrid, window = layer.window
        var sum = 0.0
        for f in 0..<layer.filterCount {
            for u in 0..<window.rows.kernelSize {
                for v in 0..<window.columns.kernelSize {
                    let g = grid.operand(filter: f, row: i + u * window.rows.dilation, column: j + v * window.columns.dilation)
                    sum += g.value * rotatedFilterOperand(f, c, u, v).value
                }
            }
        }
        return sum
    }

    /// F·KH·KW terms for every cell.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? layer.filterCount * layer.window.rows.kernelSize * layer.window.columns.kernelSize : 0
    }

    /// Terms filter by filter, then row by row of the rotated kernel.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (c, i, j) = (targetIndex[0], targetIndex[1], targetIndex[2])
        let grid = fullGrid, operation = self
        let (kh, kw) = (layer.window.rows.kernelSize, layer.window.columns.kernelSize)
        let (dh, dw) = (layer.window.rows.dilation, layer.window.columns.dilation)
        let terms = TermList(count: layer.filterCount * kh * kw) { k in
            let (f, u, v) = (k / (kh * kw), (k / kw) % kh, k % kw)
            return Term(
                grid.operand(filter: f, row: i + u * dh, column: j + v * dw),
                operation.rotatedFilterOperand(f, c, u, v))
        }
        return Step(
            number: number, target: .gradInput, targetIndex: targetIndex, rule: .sum, terms: terms, bias: nil,
            total: value(at: targetIndex))
    }

    /// The whole dL/dX, gathered one input row and column phase (see `StrideSplitLayout`) at a time: each cell adds
    /// its terms in the traced order (f, then the rotated kernel's rows and columns), reading dL/dO through a copy with
    /// zeros before and after each row, so every cell equals `value(at:)` exactly and padding costs no branches.
    public func result() -> Tensor {
        let layer = self.layer, window = layer.window
        let layout = StrideSplitLayout(channels: layer.channelCount, window: window)
        let rows = GradOutputRows(gradOutput: gradOutput, layout: layout)
        let (height, width) = (window.rows.inputSize, window.columns.inputSize)
        var scratch = Array(repeating: 0.0, count: layout.phaseLength)
        var taps: [RowKernels.Tap] = []
        return rows.storage.withUnsafeBufferPointer { source in
            Tensor(zeros: resultShape) { output in
                for c in 0..<layer.channelCount {
                    for i in 0..<height {
                        for phase in 0..<layout.phases {
                            let slots = layout.realSlots(phase: phase)
                            guard !slots.isEmpty else { continue }
                            layer.inputGradientTaps(&taps, channel: c, paddedRow: i + window.rows.padBefore, phase: phase, rows: rows)
                            scratch.withUnsafeMutableBufferPointer { run in
                                taps.withUnsafeBufferPointer { taps in
                                    RowKernels.sumOfScaledRuns(
                                        start: 0, taps: taps, source: source, shift: slots.lowerBound, into: run, at: 0,
                                        count: slots.count)
                                }
                                let first = (c * height + i) * width + layout.inputColumn(phase: phase, slot: slots.lowerBound)
                                for k in 0..<slots.count { output[first + k * layout.phases] = run[k] }
                            }
                        }
                    }
                }
            }
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
        lead = columns.paddedPosition(output: 0, tap: columns.kernelSize - 1) / layout.phases
        rowLength = lead + layout.phaseLength
        let (rowCount, width, lead, rowLength) = (gradOutput.shape[0] * gradOutput.shape[1], gradOutput.shape[2], lead, rowLength)
        var storage = Array(repeating: 0.0, count: rowCount * rowLength)
        storage.withUnsafeMutableBufferPointer { rows in
            gradOutput.scalars.withUnsafeBufferPointer { source in
                for row in 0..<rowCount {
                    for x in 0..<width { rows[row * rowLength + lead + x] = source[row * width + x] }
                }
            }
        }
        self.storage = storage
    }
}

extension Conv2D {
    /// The terms of one stride-split row of dL/dX (input channel `c`, padded row `r`, column `phase`), in the traced
    /// order: filter by filter, the kernel's rows and columns from last to first (the rotated kernel's first to last).
    /// Tap (f, u, v) adds W[f][c][u][v] · dL/dO[f][y][k − q] to slot k, where r = y·sh + u·dh and v·dw = q·sw + phase.
    func inputGradientTaps(_ taps: inout [RowKernels.Tap], channel c: Int, paddedRow r: Int, phase: Int, rows: GradOutputRows) {
        let (rowsWindow, columnsWindow) = (window.rows, window.columns)
        let kernelRows = (0..<rowsWindow.kernelSize).reversed().compactMap { u -> (u: Int, y: Int)? in
            let reach = r - rowsWindow.paddedPosition(output: 0, tap: u)
            guard reach >= 0, reach % rowsWindow.stride == 0, reach / rowsWindow.stride < rowsWindow.outputSize else { return nil }
            return (u, reach / rowsWindow.stride)
        }
        let kernelColumns = (0..<columnsWindow.kernelSize).reversed().compactMap { v -> (v: Int, shift: Int)? in
            let column = columnsWindow.paddedPosition(output: 0, tap: v)
            return column % columnsWindow.stride == phase ? (v, column / columnsWindow.stride) : nil
        }
        taps.removeAll(keepingCapacity: true)
        for f in 0..<filterCount {
            for (u, y) in kernelRows {
                let rowStart = (f * rowsWindow.outputSize + y) * rows.rowLength + rows.lead
                for (v, shift) in kernelColumns {
                    taps.append(RowKernels.Tap(weight: filters[f, c, u, v], offset: rowStart - shift))
                }
            }
        }
    }
}
