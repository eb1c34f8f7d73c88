import TutorCore

/// A matrix drawn as a titled panel of right-aligned cells, scrolled so its focus stays in view.
struct MatrixPanel {
    /// One drawn cell.
    struct CellContent {
        /// The number (or placeholder) shown.
        let text: String
        /// Its meaning.
        let style: SemanticStyle
        /// Whether to mark it with brackets (a shape cue that needs no colour).
        let bracketed: Bool

        init(_ text: String, _ style: SemanticStyle = .plain, bracketed: Bool = false) {
            self.text = text
            self.style = style
            self.bracketed = bracketed
        }
    }

    /// The title, e.g. `Input X 6×6`.
    let title: String
    /// Rows and columns of the drawn matrix.
    let rows: Int, columns: Int
    /// The content of a cell; called only for visible cells.
    let cell: (Int, Int) -> CellContent
    /// Rows and columns that must stay in view (the window, the current cell).
    let focus: (rows: ClosedRange<Int>, columns: ClosedRange<Int>)?
    /// Width of a cell's text, before its two-character margin.
    let textWidth: Int
    /// The same matrix as a picture, when it can be drawn as one.
    var picture: PictureSource?
    /// When set, `draw` draws the picture, fitted to the panel, with these options instead of the numbers.
    private(set) var pictureOptions: RenderOptions?

    /// This panel drawn as its picture (beside numbers, in a row of number panels); itself if it has none.
    func asPicture(options: RenderOptions) -> MatrixPanel {
        var copy = self
        if picture != nil { copy.pictureOptions = options }
        return copy
    }

    /// The canvas `draw` paints, when the panel is drawn as a picture.
    private var canvas: PictureCanvas? {
        pictureOptions.flatMap { PictureCanvas(self, options: $0) }
    }

    /// A picture drawn beside numbers is enlarged by whole cells, up to ×4, to about 32 columns.
    private var pictureScale: Double { Double(min(4, max(1, 32 / max(rows, columns, 1)))) }

    /// Columns a cell takes: the text plus a margin on each side for brackets.
    var cellWidth: Int { textWidth + 2 }

    /// The width the panel would like: a row-marker column plus every cell, or the title.
    var naturalWidth: Int {
        if let canvas { return max(canvas.size(scale: pictureScale).width, title.count) }
        return max(1 + columns * cellWidth, title.count)
    }

    /// The height it would like: title, rows, and a line for column markers.
    var naturalHeight: Int {
        if let canvas { return canvas.size(scale: pictureScale).height }
        return rows + 2
    }

    /// The first visible row or column for a viewport of `visible` cells along an axis of `count`.
    static func viewportStart(count: Int, visible: Int, focus: ClosedRange<Int>?) -> Int {
        guard count > visible, visible > 0 else { return 0 }
        guard let focus else { return 0 }
        let span = focus.upperBound - focus.lowerBound + 1
        let ideal = span >= visible ? focus.lowerBound : focus.lowerBound - (visible - span) / 2
        return min(max(ideal, 0), count - visible)
    }

    /// Draws the panel in the rectangle at `(x, y)` of `width` × `height`; returns the width used.
    @discardableResult
    func draw(into grid: inout CellGrid, x: Int, y: Int, width: Int, height: Int, box: BoxGlyphs) -> Int {
        if let canvas {
            let scale = canvas.fitScale(width: width, height: height, limit: pictureScale)
            return canvas.draw(into: &grid, x: x, y: y, width: width, height: height, scale: scale, pan: PictureOffset(rows: 0, columns: 0))
        }
        guard width > 2, height > 1 else { return 0 }
        let visibleColumns = max(1, min(columns, (width - 1) / cellWidth))
        let cutColumns = visibleColumns < columns
        let visibleRows = max(1, min(rows, height - 1 - (cutColumns || rows > height - 1 ? 1 : 0)))
        let top = Self.viewportStart(count: rows, visible: visibleRows, focus: focus?.rows)
        let left = Self.viewportStart(count: columns, visible: visibleColumns, focus: focus?.columns)
        grid.write(title, x: x, y: y, width: width, style: .title)
        for row in 0..<visibleRows {
            let line = y + 1 + row, matrixRow = top + row
            if row == 0 && top > 0 { grid[x, line] = Cell(box.up, .muted) }
            if row == visibleRows - 1 && top + visibleRows < rows { grid[x, line] = Cell(box.down, .muted) }
            for column in 0..<visibleColumns {
                let content = cell(matrixRow, left + column)
                drawCell(content, into: &grid, x: x + 1 + column * cellWidth, y: line)
            }
        }
        if cutColumns || visibleRows < rows {
            let note = markerLine(top: top, visibleRows: visibleRows, left: left, visibleColumns: visibleColumns, box: box)
            grid.write(note, x: x + 1, y: y + 1 + visibleRows, width: width - 1, style: .muted)
        }
        return max(min(width, title.count), 1 + visibleColumns * cellWidth)
    }

    /// Draws a cell right-aligned in its slot; highlighted cells style their margins too, so a window reads
    /// as one block. Characters go straight into the grid: no strings are built per cell, the text's scalars are
    /// counted and copied in plain passes (indexing a String's scalar view validates every index), and the slot
    /// is written as one clipped run (a large matrix draws thousands of cells a frame).
    private func drawCell(_ content: CellContent, into grid: inout CellGrid, x: Int, y: Int) {
        let block = content.bracketed || content.style == .window || content.style == .activeTerm
        let marginStyle: SemanticStyle = block ? content.style : .plain
        var count = 0
        for _ in content.text.unicodeScalars { count += 1 }
        let shown = min(count, textWidth), padding = textWidth - shown
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(shown, 1)) { scalars in
            var skipped = 0, copied = 0
            for scalar in content.text.unicodeScalars {
                if skipped < count - shown {
                    skipped += 1
                    continue
                }
                scalars[copied] = scalar
                copied += 1
            }
            grid.fillRow(y: y, x: x, count: textWidth + 2) { offset in
                if offset == 0 { return Cell(scalar: content.bracketed ? "[" : " ", marginStyle) }
                if offset == textWidth + 1 { return Cell(scalar: content.bracketed ? "]" : " ", marginStyle) }
                let slot = offset - 1
                return Cell(scalar: slot < padding ? " " : scalars[slot - padding], content.style)
            }
        }
    }

    /// `r28–40/40 ◀c32–40/40▶`: which rows and columns are in view when the matrix is cut.
    private func markerLine(top: Int, visibleRows: Int, left: Int, visibleColumns: Int, box: BoxGlyphs) -> String {
        let dash = box == .ascii ? "-" : "–"
        var parts: [String] = []
        if visibleRows < rows { parts.append("r\(top + 1)\(dash)\(top + visibleRows)/\(rows)") }
        if visibleColumns < columns {
            let before = left > 0 ? String(box.left) : "", after = left + visibleColumns < columns ? String(box.right) : ""
            parts.append("\(before)c\(left + 1)\(dash)\(left + visibleColumns)/\(columns)\(after)")
        }
        return parts.joined(separator: " ")
    }
}
