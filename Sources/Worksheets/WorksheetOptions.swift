import LessonModel
import LessonText

/// The file formats of `cnn-tutor worksheet`.
public enum WorksheetFormat: String, Sendable, CaseIterable {
    /// Markdown: matrices as tables, sums in code blocks.
    case markdown
    /// One self-contained HTML file with print CSS (A4 pages, one lesson per page).
    case html
}

/// What a worksheet shows.
public struct WorksheetOptions: Sendable {
    /// The answer key: grids filled in and the chosen sums written out.
    public var answers: Bool
    /// The cells whose whole sum the student writes out; empty lets each lesson choose (see `WorksheetCells`).
    public var cells: [CellReference]
    /// Unicode or ASCII.
    public var glyphs: Glyphs

    /// Options for a question sheet (`answers` false) or its answer key.
    public init(answers: Bool = false, cells: [CellReference] = [], glyphs: Glyphs = .unicode) {
        self.answers = answers
        self.cells = cells
        self.glyphs = glyphs
    }
}
