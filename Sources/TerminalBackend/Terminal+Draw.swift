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
        let limit = Int(cnn_ccharw_max()) - 1
        var characters = CellGlyph.scalars(for: cell.character, unicode: unicode, limit: limit)
            .map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var pair = Int32(attributes.colorPair(colorsEnabled: colorsEnabled))
        if colorsEnabled, let paint = cell.paint, let picturePair = picturePairs?.pair(for: paint) { pair = picturePair }
        var result = cchar_t()
        _ = cnn_setcchar(&result, characters, attributes.cursesAttributes, pair)
        return result
    }
}
