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

/// dL/dX[c][i][j] = Σ_f Σ_u Σ_v G[f][i + u·dh][j + v·dw] · rot180(W)[f][c mod C/groups][u][v], G the full grid of
/// dL/dO and f over the filters of channel c's group (all F when groups is 1).
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

    /// The rotated-filter operand at `[f][c][u][v]` (c a kernel channel): the original filter's `[f][c][KH−1−u][KW−1−v]`.
    public func rotatedFilterOperand(_ f: Int, _ c: Int, _ u: Int, _ v: Int) -> Operand {
        let source = layer.rotatedSource(f, c, u, v)
        return Operand(
            tensor: .rotatedFilters, position: [f, c, u, v], source: source, value: layer.filters[source],
            origin: .element)
    }

    /// One cell of dL/dX, gathered through the full grid.
    public func value(at index: [Int]) -> Double {
        let (c, i, j) = (index[0], index[1], index[2])
        let grid = fullGrid, window = layer.window, kernelChannel = layer.kernelChannel(readingInputChannel: c)
        var sum = 0.0
        for f in layer.filters(readingInputChannel: c) {
            for u in 0..<window.rows.kernelSize {
                for v in 0..<window.columns.kernelSize {
                    let g = grid.operand(filter: f, row: i + u * window.rows.dilation, column: j + v * window.columns.dilation)
                    sum += g.value * rotatedFilterOperand(f, kernelChannel, u, v).value
                }
            }
        }
        return sum
    }

    /// (F/groups)·KH·KW terms for every cell.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? layer.filtersPerGroup * layer.window.rows.kernelSize * layer.window.columns.kernelSize : 0
    }

    /// Terms filter by filter (of the channel's group), then row by row of the rotated kernel.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (c, i, j) = (targetIndex[0], targetIndex[1], targetIndex[2])
        let grid = fullGrid, operation = self
        let (kh, kw) = (layer.window.rows.kernelSize, layer.window.columns.kernelSize)
        let (dh, dw) = (layer.window.rows.dilation, layer.window.columns.dilation)
        let (filters, kernelChannel) = (layer.filters(readingInputChannel: c), layer.kernelChannel(readingInputChannel: c))
        let terms = TermList(count: filters.count * kh * kw) { k in
            let (f, u, v) = (filters.lowerBound + k / (kh * kw), (k / kw) % kh, k % kw)
            return Term(
                grid.operand(filter: f, row: i + u * dh, column: j + v * dw),
                operation.rotatedFilterOperand(f, kernelChannel, u, v))
        }
        return Step(
            number: number, target: .gradInput, targetIndex: targetIndex, rule: .sum, terms: terms, bias: nil,
            total: value(at: targetIndex))
    }

    /// The whole dL/dX, gathered by `InputGradientGather` in the traced order, so every cell equals `value(at:)`.
    public func result() -> Tensor {
        InputGradientGather(layer: layer, gradOutput: gradOutput).gradient()
    }
}
