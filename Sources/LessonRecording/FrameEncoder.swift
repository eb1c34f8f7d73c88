import TerminalBackend
import TutorRendering

/// Turns frames into the bytes a terminal needs to show them: the first frame whole, then only the rows that
/// changed, each row written from its first column with one SGR escape per run of a style (from the same
/// attributes the ncurses backend draws with).
struct FrameEncoder {
    /// Whether styles keep their colours.
    let color: Bool

    /// Hides the cursor, clears the screen and draws every row.
    func first(_ grid: CellGrid) -> String {
        "\u{1B}[?25l\u{1B}[2J" + (0..<grid.height).map { row(grid, $0) }.joined()
    }

    /// The rows of `grid` that differ from `previous` (empty when nothing changed).
    func change(from previous: CellGrid, to grid: CellGrid) -> String {
        (0..<grid.height).filter { y in (0..<grid.width).contains { previous[$0, y] != grid[$0, y] } }.map { row(grid, $0) }.joined()
    }

    /// Resets the attributes and shows the cursor again below the picture.
    func ending(_ grid: CellGrid) -> String {
        "\u{1B}[0m\u{1B}[\(grid.height);1H\u{1B}[?25h"
    }

    /// Row `y` from its first column, styled run by run, attributes reset at its end.
    private func row(_ grid: CellGrid, _ y: Int) -> String {
        var out = "\u{1B}[\(y + 1);1H"
        var current: SemanticStyle?
        for x in 0..<grid.width {
            let cell = grid[x, y]
            if cell.style != current {
                out += cell.style.attributes.selectGraphicRendition(color: color)
                current = cell.style
            }
            out.unicodeScalars.append(cell.scalar)
        }
        return out + "\u{1B}[0m"
    }
}
