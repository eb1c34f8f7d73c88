import CNCursesw
import TutorRendering

extension Terminal {
    /// Draws the grid (clipped to the screen; the rest is blank) and updates the terminal. Only the rows that
    /// changed since the last frame are handed to curses: converting all 12 000 cells of a 200×60 screen cost
    /// several times the frame's rendering. Curses keeps the rest; a new size starts from a blank screen.
    public func draw(_ grid: CellGrid) {
        guard isOpen, let window = cnn_stdscr() else { return }
        let visible = size
        let previous = visible == lastFrame?.size ? lastFrame?.grid : nil
        if previous == nil { werase(window) }
        let width = min(grid.width, visible.width)
        var row: [cchar_t] = []
        row.reserveCapacity(max(width, 0))
        for y in grid.rowsChanged(since: previous) where y < visible.height && width > 0 {
            row.removeAll(keepingCapacity: true)
            for x in 0..<width { row.append(cursesCell(grid[x, y])) }
            _ = mvwadd_wchnstr(window, Int32(y), 0, &row, Int32(width))
        }
        wrefresh(window)
        lastFrame = (grid, visible)
    }

    /// One cell as a curses wide character with its attributes and colour pair (a picture cell's own pair when
    /// colours are on).
    func cursesCell(_ cell: Cell) -> cchar_t {
        let attributes = cell.style.attributes
        var pair = Int32(attributes.colorPair(colorsEnabled: colorsEnabled))
        if colorsEnabled, let paint = cell.paint, let picturePair = picturePairs?.pair(for: paint) { pair = picturePair }
        let glyph = CellGlyph.scalar(for: cell.scalar, unicode: unicode)
        // The wide-character string setcchar reads: the glyph and its terminating 0.
        var characters = (wchar_t(bitPattern: glyph.value), wchar_t(0))
        var result = cchar_t()
        withUnsafePointer(to: &characters) { pointer in
            pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) { _ = cnn_setcchar(&result, $0, attributes.cursesAttributes, pair) }
        }
        return result
    }
}
