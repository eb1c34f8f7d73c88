import LessonText

/// A worksheet's content, independent of its layout: what Markdown and HTML both lay out.
struct WorksheetDocument {
    /// Whether it is the answer key.
    let answers: Bool
    /// Between the id and the summary: ` · `, or ` | ` in ASCII.
    let separator: String
    /// One part per lesson.
    let lessons: [LessonSheet]
}

/// One lesson on a worksheet: what is given, what the operations are, and what to compute.
struct LessonSheet {
    let id: String
    let title: String
    /// `conv2d + backward, 3×3 ⊛ 2×2`.
    let summary: String
    let introduction: String
    /// The matrices the student starts from.
    let givens: [SheetMatrix]
    /// One line per stage: its operation and geometry.
    let operations: [String]
    /// One task per phase, in teaching order.
    let tasks: [SheetTask]
}

/// A matrix on a worksheet: a caption and one grid per channel or filter plane.
struct SheetMatrix {
    /// One `[H][W]` plane (a vector is one row).
    struct Plane {
        /// `channel 2`, `filter 1, channel 2`, or empty for a single plane.
        let label: String
        /// The cells row by row; nil is a blank to fill in.
        let rows: [[String?]]
    }

    /// `X (6×6)`.
    let caption: String
    let planes: [Plane]
}

/// A layer table on a worksheet: the given columns filled, the asked ones blank unless it is the answer key.
struct SheetTable {
    let header: [String]
    /// nil cells are blanks.
    let rows: [[String?]]
}

/// One phase to work out.
struct SheetTask {
    /// `1. Forward: Z = X ⊛ W + b`.
    let heading: String
    /// What to do, e.g. `Fill in every cell of Z (4×4).`
    let instruction: String
    /// The grid to fill (nil for a table phase).
    let grid: SheetMatrix?
    /// The table to complete (table phases).
    let table: SheetTable?
    /// Sums to write out: blanks on the question sheet, every number on the answer key.
    let sums: [[SumPiece]]
    /// Working shown only on the answer key, e.g. the output-size arithmetic.
    let working: [String]
}
