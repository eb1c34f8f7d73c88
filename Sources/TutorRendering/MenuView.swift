import LessonModel
import LessonText
import TutorCore

/// The lesson menu: numbered lessons with kind and size, a search line, and the selected lesson's introduction.
struct MenuView {
    let state: TutorState
    let options: RenderOptions

    func draw(into grid: inout CellGrid) {
        let menu = state.menu, width = grid.width, height = grid.height
        Frame.draw(
            into: &grid, title: "cnn-tutor\(options.glyphs.separator)lessons", right: "\(menu.entries.count) lessons", options: options)
        let x = 2, contentWidth = width - 4
        var y = 1
        let search = menu.searching || !menu.query.isEmpty
        if search {
            grid.write(
                [StyledText("Search: ", .strong), StyledText(menu.query + (menu.searching ? "_" : ""))], x: x, y: y, maxX: x + contentWidth)
        } else {
            grid.write("Choose a lesson. Lessons build on each other from top to bottom.", x: x, y: y, width: contentWidth, style: .muted)
        }
        y += 2
        let visible = menu.visible
        let selected = menu.selected
        let intro =
            selected.flatMap { menu.lessons[$0.id] }.map { TextWrap.lines(options.glyphs.text($0.introduction), width: contentWidth) } ?? []
        let introLines = min(intro.count, max(0, (height - 6) / 3))
        let listHeight = max(1, height - 2 - y - (introLines > 0 ? introLines + 2 : 0))
        if visible.isEmpty {
            grid.write("No lesson matches \"\(menu.query)\". Esc clears the search.", x: x, y: y, width: contentWidth, style: .error)
        }
        let top = MatrixPanel.viewportStart(count: visible.count, visible: listHeight, focus: menu.selection...menu.selection)
        for (row, entry) in visible[top..<min(visible.count, top + listHeight)].enumerated() {
            let isSelected = entry.id == selected?.id
            let number = menu.number(of: entry.id).map { String($0) } ?? ""
            let saved = state.progress[entry.id]
            let done = saved?.completed == true ? (options.glyphs == .ascii ? "done " : "✓ ") : ""
            let score = saved?.bestScore.map { "\($0.correct)/\($0.asked) " } ?? ""
            let detail = done + score + options.glyphs.text(entry.kind) + options.glyphs.separator + options.glyphs.text(entry.size)
            let lead = "\(isSelected ? String(options.box.pointer) : " ") \(pad(number, 2, right: true))  "
            let titleRoom = max(0, contentWidth - lead.count - detail.count - 2)
            var title = options.glyphs.text(entry.title)
            if title.count > titleRoom { title = String(title.prefix(max(0, titleRoom - 1))) + options.glyphs.ellipsis }
            let style: SemanticStyle = isSelected ? .selected : .plain
            grid.write(lead + title, x: x, y: y + row, width: contentWidth, style: style)
            let detailX = x + max(lead.count + title.count + 2, contentWidth - detail.count)
            grid.write(detail, x: detailX, y: y + row, width: x + contentWidth - detailX, style: isSelected ? .selected : .muted)
            if isSelected { grid.restyle(x: x, y: y + row, length: contentWidth, style: .selected) }
        }
        if top > 0 { grid[x - 1, y] = Cell(options.box.up, .muted) }
        if top + listHeight < visible.count { grid[x - 1, y + listHeight - 1] = Cell(options.box.down, .muted) }
        if introLines > 0, let entry = selected {
            grid.write(options.glyphs.text("id: \(entry.id)"), x: x, y: height - 2 - introLines, width: contentWidth, style: .strong)
            for (offset, line) in intro.prefix(introLines).enumerated() {
                grid.write(line, x: x, y: height - 1 - introLines + offset, width: contentWidth, style: .muted)
            }
        }
        let hints = KeyLabel.hintRuns(menu.searching ? KeyMaps.search.hints() : KeyMaps.menu.hints(), options: options)
        Frame.bottomLine(into: &grid, runs: hints)
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let clipped = String(text.prefix(width))
        let space = String(repeating: " ", count: max(0, width - clipped.count))
        return right ? space + clipped : clipped + space
    }
}
