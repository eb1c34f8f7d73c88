/// The help overlay: every key, in a centred box over the current screen.
enum HelpOverlay {
    /// Key, action rows of the menu.
    static let menuRows: [(String, String)] = [
        ("↑ ↓ j k", "choose a lesson"),
        ("PgUp PgDn g G", "page up / down, first / last"),
        ("Enter → l", "open the lesson"),
        ("/", "search: type words, Enter opens, Esc clears"),
        ("o", "open a lesson file by its path"),
        ("?", "this help"),
        ("q Esc", "quit"),
        ("Ctrl-C", "quit at once"),
        ("", ""),
        ("In a lesson", "press ? for its keys"),
    ]

    /// Key, action rows of the player.
    static let playerRows: [(String, String)] = [
        ("→ l Space", "next step (finishes an animated step first)"),
        ("← h Backspace", "previous step"),
        ("g Home / G End", "first / last step of the phase"),
        ("] n PgDn Tab", "next phase"),
        ("[ N PgUp S-Tab", "previous phase"),
        ("p Enter", "play / pause the animation"),
        ("+ / −", "faster / slower"),
        ("c", "show the next channel or filter"),
        ("t", "practice: type each value before it is shown"),
        ("e", "export the transcript to a file"),
        ("v", "the lesson as NumPy / PyTorch code"),
        ("?", "this help"),
        ("q Esc", "back to the menu (quit from the menu)"),
        ("Ctrl-C", "quit at once"),
    ]

    static func draw(into grid: inout CellGrid, inPlayer: Bool, options: RenderOptions) {
        let rows = inPlayer ? playerRows : menuRows
        let keyWidth = rows.map(\.0.count).max() ?? 0
        let lines = rows.map { key, action in
            options.glyphs.text(key + String(repeating: " ", count: keyWidth - key.count) + "  " + action)
        }
        let boxWidth = min(grid.width - 2, (lines.map(\.count).max() ?? 0) + 4)
        let boxHeight = min(grid.height - 2, lines.count + 4)
        guard boxWidth > 6, boxHeight > 4 else { return }
        let x = (grid.width - boxWidth) / 2, y = (grid.height - boxHeight) / 2
        var box = CellGrid(width: boxWidth, height: boxHeight)
        Frame.draw(into: &box, title: "Keys", right: "", options: options)
        for (offset, line) in lines.prefix(boxHeight - 4).enumerated() {
            let keyPart = String(line.prefix(keyWidth))
            box.write(keyPart, x: 2, y: 2 + offset, width: boxWidth - 4, style: .key)
            box.write(String(line.dropFirst(keyWidth)), x: 2 + keyWidth, y: 2 + offset, width: boxWidth - 4 - keyWidth)
        }
        Frame.bottomLine(into: &box, runs: [StyledText("any key closes")])
        for row in 0..<boxHeight { for column in 0..<boxWidth { grid[x + column, y + row] = box[column, row] } }
    }
}
