/// dL/dX[c][i][j] = Σ over windows that read (i, j) of dL/dO · ∂O/∂X (1 for the first maximum, 0 otherwise;
/// or 1/divisor of that window for an average).
public struct Pool2DInputGradient: TracedOperation {
    /// The layer differentiated.
    public let layer: Pool2D
    /// dL/dO.
    public let gradOutput: Tensor

    /// `.gradInput`.
    public var resultName: TensorName { .gradInput }
    /// `[C][H][W]`.
    public var resultShape: [Int] { layer.input.shape }

    /// The output cells (y, x) whose windows read input cell (i, j), row-major.
    public func windows(containingRow i: Int, column j: Int) -> [(y: Int, x: Int)] {
        let rows = layer.window.rows.windows(reading: i + layer.window.rows.padBefore)
        let columns = layer.window.columns.windows(reading: j + layer.window.columns.padBefore)
        return rows.flatMap { y in columns.map { x in (y.output, x.output) } }
    }

    /// ∂O[c][y][x]/∂X[c][i][j] for a window that reads (i, j).
    public func localGradient(channel c: Int, i: Int, j: Int, y: Int, x: Int) -> Double {
        switch layer.kind {
        case .average:
            return 1 / Double(layer.divisor(y: y, x: x))
        case .max:
            let winner = layer.winner(channel: c, y: y, x: x)
            let isWinner = winner.row - layer.window.rows.padBefore == i && winner.column - layer.window.columns.padBefore == j
            return isWinner ? 1 : 0
        }
    }

    /// One cell of dL/dX.
    public func value(at index: [Int]) -> Double {
        let (c, i, j) = (index[0], index[1], index[2])
        return windows(containingRow: i, column: j).reduce(0) { sum, window in
            sum + gradOutput[c, window.y, window.x] * localGradient(channel: c, i: i, j: j, y: window.y, x: window.x)
        }
    }

    /// One term per window reading the cell: dL/dO there × the local gradient.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (c, i, j) = (targetIndex[0], targetIndex[1], targetIndex[2])
        let windows = windows(containingRow: i, column: j), operation = self
        let terms = TermList(count: windows.count) { k in
            let (y, x) = windows[k]
            return Term(
                .element(.gradOutput, [c, y, x], operation.gradOutput[c, y, x]),
                Operand(
                    tensor: .localGradient, position: [c, y, x], source: nil,
                    value: operation.localGradient(channel: c, i: i, j: j, y: y, x: x), origin: .element))
        }
        return Step(
            number: number, target: .gradInput, targetIndex: targetIndex, rule: .sum, terms: terms, bias: nil,
            total: value(at: targetIndex))
    }

    /// The whole dL/dX by routing each dL/dO cell to its window's winner, or spreading it over the cells
    /// the average divided by (padding among them takes its share and drops it).
    public func result() -> Tensor {
        var gradient = Tensor(zeros: resultShape)
        let window = layer.window
        for c in 0..<resultShape[0] {
            for y in 0..<window.rows.outputSize {
                for x in 0..<window.columns.outputSize {
                    scatter(gradOutput[c, y, x], channel: c, y: y, x: x, into: &gradient)
                }
            }
        }
        return gradient
    }

    private func scatter(_ g: Double, channel c: Int, y: Int, x: Int, into gradient: inout Tensor) {
        let window = layer.window
        switch layer.kind {
        case .max:
            let winner = layer.winner(channel: c, y: y, x: x)
            let (row, column) = (winner.row - window.rows.padBefore, winner.column - window.columns.padBefore)
            let (height, width) = (resultShape[1], resultShape[2])
            if row >= 0 && row < height && column >= 0 && column < width {
                gradient.accumulate(g, atFlat: (c * height + row) * width + column)
            }
        case .average:
            let divisor = layer.divisor(y: y, x: x)
            for k in 0..<divisor {
                let operand = layer.windowOperand(channel: c, y: y, x: x, term: k)
                if let source = operand.source {
                    gradient.accumulate(g / Double(divisor), atFlat: gradient.flatIndex(source))
                }
            }
        }
    }
}
