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
        let equationBudget = max(1, min(6, (bottomLimit - y) / 3))
        let equation: [[StyledText]]
        if case .table(let layers) = player.phase.content {
            equation = TableView.detailLines(rows: layers, current: player.stepIndex, width: contentWidth, options: options)
        } else {
            equation = EquationView(scene: scene).lines(width: contentWidth, maxLines: equationBudget)
        }
        let coaching = player.phase.kind == .forward ? ShapeCoach.warnings(for: player.phase.stage, glyphs: options.glyphs) : []
        let notes = player.lesson.notes.flatMap { TextWrap.lines(options.glyphs.text("Note: " + $0), width: contentWidth) }
        let narration =
            coaching.flatMap { TextWrap.lines($0, width: contentWidth) }
            + TextWrap.lines(options.glyphs.text(player.phase.narration(atStep: player.stepIndex)), width: contentWidth) + notes
        let minimumNarration = min(narration.count, 2)
        let room = max(3, bottomLimit - y + 1 - equation.count - 1 - minimumNarration - (minimumNarration > 0 ? 1 : 0))
        let pictures = PictureLayout(scene: scene, width: contentWidth, room: room)
        let rows = pictures == nil ? panelRows(scene, room: room) : []
        let needed: Int
        if case .table(let layers) = player.phase.content {
            needed = layers.count + 1
        } else {
            needed = pictures?.height ?? rows.reduce(0) { $0 + $1.height }
        }
        let panelHeight = min(room, needed)
        if let pictures {
            pictures.draw(into: &grid, x: contentX, y: y)
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
        let narrationRoom = bottomLimit - y + 1
        for (offset, line) in narration.prefix(max(0, narrationRoom)).enumerated() {
            let truncated = offset == narrationRoom - 1 && narration.count > narrationRoom
            grid.write(
                truncated ? String(line.prefix(contentWidth - 3)) + options.glyphs.ellipsis : line, x: contentX, y: y + offset,
                width: contentWidth)
        }
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
