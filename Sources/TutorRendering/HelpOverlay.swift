import TutorCore

/// The help overlay: every key of where the student is (menu or player), in a centred box over the screen.
enum HelpOverlay {
    /// Key, action rows: the context's key map, then the keys that work everywhere; the menu adds a pointer to the
    /// player's own help.
    static func rows(inPlayer: Bool, ascii: Bool) -> [(String, String)] {
        let keyRows = (inPlayer ? KeyMaps.player.helpRows : KeyMaps.menu.helpRows) + KeyMaps.global.helpRows
        let rows = keyRows.map { (KeyLabel.keys(of: $0, ascii: ascii), $0.text) }
        return inPlayer ? rows : rows + [("", ""), ("In a lesson", "press ? for its keys")]
    }

    static func draw(into grid: inout CellGrid, inPlayer: Bool, options: RenderOptions) {
        let rows = Self.rows(inPlayer: inPlayer, ascii: options.glyphs == .ascii)
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
        Frame.bottomLine(into: &box, runs: [StyledText(KeyLabel.hintSentence(KeyMaps.help.hints(), options: options))])
        for row in 0..<boxHeight { for column in 0..<boxWidth { grid[x + column, y + row] = box[column, row] } }
    }
}
