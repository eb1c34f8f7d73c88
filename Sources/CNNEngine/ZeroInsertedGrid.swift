/// A tensor `[P][h][w]` as the equivalent convolution of a transposed convolution sees it: stride−1 zeros
/// inserted between neighbouring cells, then d·(k−1) − padding cells of zeros before and enough after (or cropped
/// when negative), so that sliding the 180°-rotated kernel over it gives the transposed result cell by cell.
/// The same grid holds the input of `conv_transpose2d` and the dL/dO from which a convolution's dL/dX is formed.
public struct ZeroInsertedGrid: Sendable {
    /// The tensor spread out, `[P][h][w]`.
    public let source: Tensor
    /// The name the grid is drawn under.
    public let tensor: TensorName
    /// The vertical geometry.
    public let rows: TransposedAxis
    /// The horizontal geometry.
    public let columns: TransposedAxis

    /// Creates the grid of `source` for the transposed geometry `rows` × `columns`, drawn as `tensor`.
    public init(source: Tensor, tensor: TensorName, rows: TransposedAxis, columns: TransposedAxis) {
        self.source = source
        self.tensor = tensor
        self.rows = rows
        self.columns = columns
    }

    /// The stride: zeros inserted between neighbouring cells are stride − 1.
    public var stride: Pair { Pair(rows: rows.stride, columns: columns.stride) }
    /// Cells of padding before the zero-inserted source: d·(k−1) − padding; negative means cropped.
    public var offset: Pair { Pair(rows: rows.gridOffset, columns: columns.gridOffset) }
    /// Grid height and width: the result's size + d·(k−1) along each axis.
    public var size: Pair { Pair(rows: rows.gridSize, columns: columns.gridSize) }

    /// The value and origin at grid cell `(row, column)` of plane `plane`, without building an operand.
    public func cell(plane: Int, row: Int, column: Int) -> (value: Double, origin: OperandOrigin) {
        switch locate(row: row, column: column) {
        case .source(let sourceRow, let sourceColumn): return (source[plane, sourceRow, sourceColumn], .element)
        case .zero(let origin): return (0, origin)
        }
    }

    /// The operand at grid cell `(row, column)` of plane `plane`.
    public func operand(plane: Int, row: Int, column: Int) -> Operand {
        let position = [plane, row, column]
        switch locate(row: row, column: column) {
        case .source(let sourceRow, let sourceColumn):
            let index = [plane, sourceRow, sourceColumn]
            return Operand(tensor: tensor, position: position, source: index, value: source[index], origin: .element)
        case .zero(let origin):
            return Operand(tensor: tensor, position: position, source: nil, value: 0, origin: origin)
        }
    }

    /// What a grid cell holds: a source cell, or a zero that is padding or inserted between cells.
    private enum Location {
        case source(row: Int, column: Int)
        case zero(OperandOrigin)
    }

    private func locate(row: Int, column: Int) -> Location {
        let q = (rows: row - offset.rows, columns: column - offset.columns)
        let last = (rows: (source.shape[1] - 1) * stride.rows, columns: (source.shape[2] - 1) * stride.columns)
        guard q.rows >= 0, q.rows <= last.rows, q.columns >= 0, q.columns <= last.columns else { return .zero(.padding) }
        guard q.rows % stride.rows == 0, q.columns % stride.columns == 0 else { return .zero(.insertedZero) }
        return .source(row: q.rows / stride.rows, column: q.columns / stride.columns)
    }
}
