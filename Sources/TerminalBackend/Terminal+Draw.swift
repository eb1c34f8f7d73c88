import CNCursesw
import TutorRendering

extension Terminal {
    /// Draws the whole grid (clipped to the screen; the rest is blank) and updates the terminal.
    public func draw(_ grid: CellGrid) {
        guard isOpen, let window = cnn_stdscr() else { return }
        werase(window)
        let visible = size
        let width = min(grid.width, visible.width)
        for y in 0..<min(grid.height, visible.height) where width > 0 {
            var row = (0..<width).map { cursesCell(grid[$0, y]) }
            _ = mvwadd_wchnstr(window, Int32(y), 0, &row, Int32(width))
        }
        wrefresh(window)
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
