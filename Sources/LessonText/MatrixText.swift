import CNNEngine
import LessonModel

/// Writes matrices as right-aligned columns of numbers, for transcripts.
public enum MatrixText {
    /// The rows of one `[H][W]` plane, each cell right-aligned to the widest; `shown` decides which cells
    /// are printed (others get the pending glyph). A vector (e.g. dL/db) is one row.
    public static func lines(
        of tensor: Tensor, plane: [Int], glyphs: Glyphs, shown: ([Int]) -> Bool = { _ in true }
    ) -> [String] {
        lines(of: tensor, plane: plane, pending: glyphs.pending, shown: shown) { NumberText.format($0, glyphs: glyphs) }
    }

    /// The rows of one plane with each number written by `number` (e.g. `NumberText.exact` for lesson files).
    public static func lines(
        of tensor: Tensor, plane: [Int], pending: String = "", shown: ([Int]) -> Bool = { _ in true },
        number: (Double) -> String
    ) -> [String] {
        let isVector = tensor.rank < 2
        let height = isVector ? 1 : tensor.shape[tensor.rank - 2], width = tensor.shape.last ?? 1
        var texts: [[String]] = []
        var cellWidth = 1
        for row in 0..<height {
            texts.append(
                (0..<width).map { column in
                    let index = isVector ? [column] : plane + [row, column]
                    let value = number(tensor[index])
                    // Every value counts for the width, shown or not, so a matrix filling in keeps its columns.
                    cellWidth = max(cellWidth, value.count)
                    return shown(index) ? value : pending
                })
        }
        return texts.map { row in
            row.map { String(repeating: " ", count: cellWidth - $0.count) + $0 }.joined(separator: "  ")
        }
    }

    /// Every `[H][W]` plane of a tensor with its leading index (empty for a single plane).
    public static func planes(of tensor: Tensor) -> [[Int]] {
        guard tensor.rank > 2 else { return [[]] }
        let leading = Array(tensor.shape.prefix(tensor.rank - 2))
        var planes: [[Int]] = [[]]
        for size in leading { planes = planes.flatMap { prefix in (0..<size).map { prefix + [$0] } } }
        return planes
    }

    /// A captioned tensor as text blocks: one labelled block of rows per channel or filter plane (`[2]`, `[1,3]`;
    /// no label when the tensor has a single plane), a vector as one row.
    public static func block(_ caption: String, _ tensor: Tensor, glyphs: Glyphs) -> MatrixBlock {
        let planes = planes(of: tensor).map { plane -> MatrixBlock.Plane in
            let label =
                plane.isEmpty || tensor.count == tensor.shape.suffix(2).reduce(1, *)
                ? "" : "[" + plane.map { String($0 + 1) }.joined(separator: ",") + "]"
            let rows =
                tensor.rank == 1
                ? [tensor.scalars.map { NumberText.format($0, glyphs: glyphs) }.joined(separator: "  ")]
                : lines(of: tensor, plane: plane, glyphs: glyphs)
            return MatrixBlock.Plane(label: label, rows: rows)
        }
        return MatrixBlock(caption: caption, planes: planes)
    }
}

/// A captioned matrix written out: one block of right-aligned rows per channel or filter plane.
public struct MatrixBlock: Sendable {
    /// One plane: its label (`[2]`, or empty for a single plane) and its rows.
    public struct Plane: Sendable {
        /// `[2]`, `[1,3]`, or empty.
        public let label: String
        /// The rows, cells right-aligned.
        public let rows: [String]

        /// Creates a plane.
        public init(label: String, rows: [String]) {
            self.label = label
            self.rows = rows
        }
    }

    /// What the matrix is, e.g. `W` or `X padded (top, bottom, left, right) = (1, 1, 1, 1)`.
    public let caption: String
    /// Its planes.
    public let planes: [Plane]

    /// Creates a block.
    public init(caption: String, planes: [Plane]) {
        self.caption = caption
        self.planes = planes
    }
}
