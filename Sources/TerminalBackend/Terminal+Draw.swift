import CNCursesw
import TutorRendering

extension Terminal {
    /// Draws the grid (clipped to the screen; the rest is blank) and updates the terminal. Only the cells that
    /// changed since the last frame are handed to curses, in the spans `CellGrid.spansChanged` finds: converting
    /// all 12 000 cells of a 200×60 screen cost several times the frame's rendering, and whole changed rows still
    /// cost more than a step's rendering. Curses keeps the rest; a new size starts blank.
    public func draw(_ grid: CellGrid) {
        guard isOpen, let window = cnn_stdscr() else { return }
        let visible = size
        let previous = visible == lastFrame?.size ? lastFrame?.grid : nil
        if previous == nil { werase(window) }
        var run: [cchar_t] = []
        run.reserveCapacity(max(min(grid.width, visible.width), 0))
        for span in grid.spansChanged(since: previous) where span.row < visible.height {
            let columns = span.columns.clamped(to: 0..<max(visible.width, 0))
            guard !columns.isEmpty else { continue }
            run.removeAll(keepingCapacity: true)
            for x in columns { run.append(cursesCell(grid[x, span.row])) }
            _ = mvwadd_wchnstr(window, Int32(span.row), Int32(columns.lowerBound), &run, Int32(columns.count))
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

extension Terminal {
    /// Builds the colour tables a picture's first draw reads (each tone's nearest palette colour), before any
    /// terminal is open: the tutor calls this while its lesson loads on another thread.
    public static func prepareTables() {
        PicturePalette.prepareTables()
    }
}
