import CNNEngine
import LessonModel
import LessonText
import TutorCore

/// The lesson player: frame, phase line, panels, the written sum and the narration.
struct PlayerView {
    let state: TutorState
    let player: PlayerState
    let options: RenderOptions

    func draw(into grid: inout CellGrid) {
        let width = grid.width, height = grid.height
        let number = state.menu.number(of: player.lesson.id).map { "\($0)/\(state.menu.entries.count) " } ?? ""
        let position =
            "phase \(player.phaseIndex + 1)/\(player.phases.count)\(options.glyphs.separator)step \(player.stepIndex + 1)/\(player.stepCount)"
        Frame.draw(
            into: &grid, title: "cnn-tutor\(options.glyphs.separator)\(number)\(options.glyphs.text(player.lesson.title))",
            right: options.glyphs.text(position), options: options)
        let contentX = 2, contentWidth = width - 4
        var y = 1
        drawPhaseLine(into: &grid, x: contentX, y: y, width: contentWidth)
        y += 2
        let scene = PhaseScene(player: player, options: options)
        let bottomLimit = height - 2
        // A practice question may need its box, what the last miss meant and a hint: give it more room.
        let equationShare = player.isAwaitingAnswer ? 2 : 3
        let equationBudget = max(1, min(player.isAwaitingAnswer ? 10 : 6, (bottomLimit - y) / equationShare))
        let equation: [[StyledText]]
        if case .table(let layers) = player.phase.content {
            equation = TableView.detailLines(rows: layers, current: player.stepIndex, width: contentWidth, options: options)
        } else {
            equation = EquationView(scene: scene).lines(width: contentWidth, maxLines: equationBudget)
        }
        let narration = narrationLines(width: contentWidth)
        let minimumNarration = min(narration.count, 2)
        let room = max(3, bottomLimit - y + 1 - equation.count - 1 - minimumNarration - (minimumNarration > 0 ? 1 : 0))
        let pictures = PictureLayout(scene: scene, width: contentWidth, room: room)
        let wideTable = pictures == nil ? panelTable(scene, width: contentWidth, room: room) : nil
        let rows = pictures == nil && wideTable == nil ? panelRows(scene, room: room) : []
        let needed: Int
        if case .table(let layers) = player.phase.content {
            needed = layers.count + 1
        } else {
            needed = pictures?.height ?? wideTable?.height ?? rows.reduce(0) { $0 + $1.height }
        }
        let panelHeight = min(room, needed)
        if let pictures {
            pictures.draw(into: &grid, x: contentX, y: y)
        } else if let wideTable {
            wideTable.draw(into: &grid, x: contentX, y: y, box: options.box)
        } else if case .table(let layers) = player.phase.content {
            TableView(rows: layers, current: player.stepIndex, options: options)
                .draw(into: &grid, x: contentX, y: y, width: contentWidth, height: panelHeight)
        } else {
            var rowY = y
            for row in rows {
                drawPanels(
                    row.panels, into: &grid, x: contentX, y: rowY, width: contentWidth, height: min(row.height, y + panelHeight - rowY))
                rowY += row.height
            }
        }
        y += panelHeight + 1
        for line in equation where y <= bottomLimit {
            grid.write(line, x: contentX, y: y, maxX: contentX + contentWidth)
            y += 1
        }
        y += 1
        drawNarration(narration, into: &grid, x: contentX, y: y, width: contentWidth, rows: bottomLimit - y + 1)
    }

    /// The prose under the step, wrapped, with a line saying when part of it waits for a practice answer.
    private func narrationLines(width: Int) -> [String] {
        let prose = player.prose(glyphs: options.glyphs)
        let note = prose.withheld > 0 ? ["(A sentence that gives the answer away is hidden until you answer.)"] : []
        return prose.lines(width: width) + note.flatMap { TextWrap.lines(options.glyphs.text($0), width: width) }
    }

    /// The text panel: from the student's scroll position; when it does not fit, its last row says there is
    /// more and which keys scroll, and a marker in the margin says there is more above.
    private func drawNarration(_ lines: [String], into grid: inout CellGrid, x: Int, y: Int, width: Int, rows: Int) {
        guard rows > 0, !lines.isEmpty else { return }
        let fits = lines.count <= rows
        let textRows = fits ? rows : max(1, rows - 1)
        let top = min(player.textScroll, max(0, lines.count - textRows))
        for (offset, line) in lines.dropFirst(top).prefix(textRows).enumerated() {
            // With a single row there is no room to say more: the row itself ends in an ellipsis.
            let cut = !fits && rows == 1
            let shown = cut ? TextFit.fitted(line, width: width - 2) + " " + options.glyphs.ellipsis : line
            grid.write(shown, x: x, y: y + offset, width: width)
        }
        if top > 0 { grid[x - 1, y] = Cell(options.box.up, .muted) }
        guard !fits, rows > 1 else { return }
        let last = min(lines.count, top + textRows)
        let more = last < lines.count
        let keys = options.glyphs == .ascii ? "down/up" : "↓/↑"
        let status =
            (more ? "\(options.box.down) more below" : "\(options.box.up) end of the text")
            + ", \(keys) scroll (lines \(top + 1)–\(last) of \(lines.count))"
        grid.write(options.glyphs.text(status), x: x, y: y + textRows, width: width, style: .muted)
    }

    private func drawPhaseLine(into grid: inout CellGrid, x: Int, y: Int, width: Int) {
        let status =
            player.playing
            ? "▶ playing, speed \(player.speedLevel + 1)/\(Speed.intervals.count)"
            : "paused, speed \(player.speedLevel + 1)/\(Speed.intervals.count)"
        let statusText = options.glyphs == .ascii ? status.replacingFirst("▶", with: ">") : status
        let title = options.glyphs.text(player.phase.title)
        grid.write(title, x: x, y: y, width: max(0, width - statusText.count - 2), style: .strong)
        grid.write(statusText, x: x + width - statusText.count, y: y, width: statusText.count, style: player.playing ? .strong : .muted)
    }

    /// Every channel and filter of the step at once, on a screen of at least `PanelTable.minimumScreenWidth`
    /// columns when the whole table fits in `width` × `room`; nil otherwise (the panels of one channel or filter).
    private func panelTable(_ scene: PhaseScene, width: Int, room: Int) -> PanelTable? {
        guard state.size.width >= PanelTable.minimumScreenWidth, let table = scene.panelTable() else { return nil }
        return table.fits(width: width, height: room) ? table : nil
    }

    /// The panels in rows: one row per channel for a multi-channel convolution when they all fit in `room`
    /// lines, else one row (the focused channel; `c` shows the next).
    private func panelRows(_ scene: PhaseScene, room: Int) -> [(panels: [MatrixPanel], height: Int)] {
        if let channelRows = scene.channelPanelRows() {
            let stacked = channelRows.map { ($0, $0.map(\.naturalHeight).max() ?? 0) }
            if stacked.reduce(0, { $0 + $1.1 }) <= room { return stacked }
        }
        let panels = scene.panels()
        return [(panels, panels.map(\.naturalHeight).max() ?? 3)]
    }

    /// Lays panels left to right; panels that do not fit get narrower (and scroll).
    private func drawPanels(_ panels: [MatrixPanel], into grid: inout CellGrid, x: Int, y: Int, width: Int, height: Int) {
        guard !panels.isEmpty else { return }
        let gap = 3
        let natural = panels.map(\.naturalWidth)
        var widths = natural
        let available = width - gap * (panels.count - 1)
        while widths.reduce(0, +) > available, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 {
            widths[widest] -= 1
        }
        var column = x
        for (panel, panelWidth) in zip(panels, widths) {
            guard column < x + width else { break }
            panel.draw(
                into: &grid, x: column, y: y, width: min(panelWidth, x + width - column), height: min(height, panel.naturalHeight),
                box: options.box)
            column += panelWidth + gap
        }
    }
}

extension String {
    /// The string with its first occurrence of `target` replaced.
    func replacingFirst(_ target: Character, with replacement: String) -> String {
        guard let index = firstIndex(of: target) else { return self }
        return String(self[..<index]) + replacement + String(self[self.index(after: index)...])
    }
}
