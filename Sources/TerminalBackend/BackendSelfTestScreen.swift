import TutorCore
import TutorRendering

/// The self-test screen: a title, the terminal's facts, every semantic style drawn in itself, the last key.
enum BackendSelfTestScreen {
    /// The title line, which end-to-end tests wait for.
    static let title = "backend self-test"
    /// Cells the grid reaches past the screen's right and bottom edges, so every draw proves clipping.
    static let overdraw = 3

    /// The screen for a terminal of `size` (a grid `overdraw` cells larger each way).
    static func grid(size: TerminalSize, unicode: Bool, colors: Bool, lastKey: Key?) -> CellGrid {
        var grid = CellGrid(width: size.width + overdraw, height: size.height + overdraw)
        grid.write(title, x: 0, y: 0, style: .title)
        grid.write(" (press q to quit)", x: title.count, y: 0, style: .muted)
        grid.write(factsLine(size: size, unicode: unicode, colors: colors), x: 0, y: 1)
        grid.write(String(repeating: unicode ? "─" : "-", count: grid.width), x: 0, y: 2, style: .border)
        for (index, style) in SemanticStyle.allCases.enumerated() {
            grid.write(style.rawValue, x: 2, y: 3 + index, style: style)
        }
        let keyRow = 3 + SemanticStyle.allCases.count
        grid.write("last key: " + (lastKey.map { String(describing: $0) } ?? "none"), x: 0, y: keyRow, style: .status)
        return grid
    }

    /// "size 80x24 unicode yes colour no".
    static func factsLine(size: TerminalSize, unicode: Bool, colors: Bool) -> String {
        "size \(size.width)x\(size.height) unicode \(unicode ? "yes" : "no") colour \(colors ? "yes" : "no")"
    }
}
