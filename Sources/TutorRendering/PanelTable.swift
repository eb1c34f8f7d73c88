/// Panels whose columns line up, for a wide screen: a header row with one panel per column, then rows whose
/// panels sit under the header's columns (a cell may be empty), each with panels of its own after the last
/// column and, optionally, a heading line above it. A convolution uses it to show every input channel along
/// the top and every filter below, its slices under the channels they read, its bias and its output map.
struct PanelTable {
    /// One row under the header.
    struct Row {
        /// The line above the row's panels, if any (which filter, and whether this step computes it).
        let heading: StyledText?
        /// One panel per header column, nil where the row has nothing under that column.
        let cells: [MatrixPanel?]
        /// Panels after the last column, aligned with the same slot of every other row.
        let trailing: [MatrixPanel]
    }

    /// Columns between panels.
    static let gap = 3
    /// The narrowest terminal the table is used in: narrower screens keep one row of panels (`c` for the next
    /// channel or filter), as they always have.
    static let minimumScreenWidth = 120

    /// The panels along the top, one per column.
    let header: [MatrixPanel]
    /// The rows under it.
    let rows: [Row]

    /// The width of each header column: its widest panel.
    var columnWidths: [Int] {
        header.indices.map { column in
            rows.reduce(header[column].naturalWidth) { widest, row in
                max(widest, column < row.cells.count ? row.cells[column]?.naturalWidth ?? 0 : 0)
            }
        }
    }

    /// The width of each trailing slot: its widest panel over the rows.
    var trailingWidths: [Int] {
        let slots = rows.map { $0.trailing.count }.max() ?? 0
        return (0..<slots).map { slot in
            rows.reduce(0) { widest, row in max(widest, slot < row.trailing.count ? row.trailing[slot].naturalWidth : 0) }
        }
    }

    /// Columns the whole table takes.
    var width: Int {
        let widths = columnWidths + trailingWidths
        return widths.reduce(0, +) + Self.gap * max(0, widths.count - 1)
    }

    /// Lines the whole table takes: the header, then each row with its heading.
    var height: Int {
        rows.reduce(headerHeight) { $0 + Self.height(of: $1) }
    }

    private var headerHeight: Int { header.map(\.naturalHeight).max() ?? 0 }

    private static func height(of row: Row) -> Int {
        let panels = row.cells.compactMap { $0 } + row.trailing
        return (row.heading == nil ? 0 : 1) + (panels.map(\.naturalHeight).max() ?? 0)
    }

    /// Whether the table fits in `width` × `height` cells, every panel at its natural size.
    func fits(width: Int, height: Int) -> Bool {
        self.width <= width && self.height <= height
    }

    /// Draws the table from (`x`, `y`), every panel at its natural size.
    func draw(into grid: inout CellGrid, x: Int, y: Int, box: BoxGlyphs) {
        let columnWidths = self.columnWidths, trailingWidths = self.trailingWidths
        let left = columnWidths.indices.map { x + columnWidths[..<$0].reduce(0, +) + Self.gap * $0 }
        let trailingStart = x + columnWidths.reduce(0, +) + Self.gap * columnWidths.count
        let trailingLeft = trailingWidths.indices.map { trailingStart + trailingWidths[..<$0].reduce(0, +) + Self.gap * $0 }
        for (panel, column) in zip(header, left) { draw(panel, into: &grid, x: column, y: y, box: box) }
        var top = y + headerHeight
        for row in rows {
            if let heading = row.heading { grid.write([heading], x: x, y: top, maxX: x + width) }
            let panelsTop = top + (row.heading == nil ? 0 : 1)
            for (panel, column) in zip(row.cells, left) {
                if let panel { draw(panel, into: &grid, x: column, y: panelsTop, box: box) }
            }
            for (panel, column) in zip(row.trailing, trailingLeft) { draw(panel, into: &grid, x: column, y: panelsTop, box: box) }
            top += Self.height(of: row)
        }
    }

    private func draw(_ panel: MatrixPanel, into grid: inout CellGrid, x: Int, y: Int, box: BoxGlyphs) {
        panel.draw(into: &grid, x: x, y: y, width: panel.naturalWidth, height: panel.naturalHeight, box: box)
    }
}
