import TutorCore

/// The help overlay: every key of where the student is (menu, player, or a practice question's answer box), in a
/// centred box over the screen.
enum HelpOverlay {
    /// Where help was asked for.
    enum Context {
        /// The lesson menu.
        case menu
        /// The player.
        case player
        /// The player with a practice question open: only the answer box's keys act.
        case answerBox
    }

    /// The context of `state`.
    static func context(of state: TutorState) -> Context {
        guard let player = state.player else { return .menu }
        return player.isAwaitingAnswer ? .answerBox : .player
    }

    /// Key, action rows: the context's key map, then the keys that work everywhere; the menu adds a pointer to the
    /// player's own help, the answer box a word on the player's keys.
    static func rows(_ context: Context, ascii: Bool) -> [(String, String)] {
        func named(_ rows: [KeyHelpRow]) -> [(String, String)] {
            rows.map { row in
                // A class of keys after others (the answer box's last row) is "any other key".
                (row.keys == [.anyKey] && rows.count > 1 ? "any other key" : KeyLabel.keys(of: row, ascii: ascii), row.text)
            }
        }
        switch context {
        case .menu:
            return named(KeyMaps.menu.helpRows + KeyMaps.global.helpRows) + [("", ""), ("In a lesson", "press ? for its keys")]
        case .player:
            return named(KeyMaps.player.helpRows + KeyMaps.global.helpRows)
        case .answerBox:
            return named(KeyMaps.answer.helpRows + KeyMaps.global.helpRows)
                + [("", ""), ("The player's keys", "work again once the question is answered or shown")]
        }
    }

    static func draw(into grid: inout CellGrid, context: Context, options: RenderOptions) {
        let rows = Self.rows(context, ascii: options.glyphs == .ascii)
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
        let room = boxHeight - 4
        for (offset, line) in lines.prefix(room).enumerated() {
            if offset == room - 1 && lines.count > room {
                let more = "… \(lines.count - offset) more rows: enlarge the window"
                box.write(more, x: 2, y: 2 + offset, width: boxWidth - 4, style: .muted)
                break
            }
            let keyPart = String(line.prefix(keyWidth))
            box.write(keyPart, x: 2, y: 2 + offset, width: boxWidth - 4, style: .key)
            box.write(String(line.dropFirst(keyWidth)), x: 2 + keyWidth, y: 2 + offset, width: boxWidth - 4 - keyWidth)
        }
        Frame.bottomLine(into: &box, runs: [StyledText(KeyLabel.hintSentence(KeyMaps.help.hints(), options: options))])
        for row in 0..<boxHeight { for column in 0..<boxWidth { grid[x + column, y + row] = box[column, row] } }
    }
}
