extension ZeroInsertedGrid {
    /// dL/dO of `layer` as the full convolution that gives dL/dX sees it, drawn as `.gradOutputFullGrid`.
    public init(layer: Conv2D, gradOutput: Tensor) {
        self.init(
            source: gradOutput, tensor: .gradOutputFullGrid, rows: layer.window.rows.transposed,
            columns: layer.window.columns.transposed)
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
    public var fullGrid: ZeroInsertedGrid { ZeroInsertedGrid(layer: layer, gradOutput: gradOutput) }

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
                    let g = grid.operand(plane: f, row: i + u * window.rows.dilation, column: j + v * window.columns.dilation)
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
                grid.operand(plane: f, row: i + u * dh, column: j + v * dw),
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
