/// The outer frame: a box with the title in the top edge and a status or key line in the bottom edge.
enum Frame {
    /// Draws the box, the title on the left of the top edge and `right` at its right end.
    static func draw(into grid: inout CellGrid, title: String, right: String, options: RenderOptions) {
        let box = options.box, width = grid.width, height = grid.height
        guard width >= 2, height >= 2 else { return }
        let horizontal = Cell(box.horizontal, .border), vertical = Cell(box.vertical, .border)
        for x in 1..<(width - 1) {
            grid[x, 0] = horizontal
            grid[x, height - 1] = horizontal
        }
        for y in 1..<(height - 1) {
            grid[0, y] = vertical
            grid[width - 1, y] = vertical
        }
        grid[0, 0] = Cell(box.topLeft, .border)
        grid[width - 1, 0] = Cell(box.topRight, .border)
        grid[0, height - 1] = Cell(box.bottomLeft, .border)
        grid[width - 1, height - 1] = Cell(box.bottomRight, .border)
        let rightText = right.isEmpty ? "" : " \(right) "
        let room = width - 4 - rightText.count
        if room > 4 {
            let shown = title.count > room - 2 ? String(title.prefix(room - 3)) + options.glyphs.ellipsis : title
            grid.write(" \(shown) ", x: 1, y: 0, style: .title)
        }
        if width - 2 - rightText.count > 1 { grid.write(rightText, x: width - 1 - rightText.count, y: 0, style: .title) }
    }

    /// Writes the bottom line: key hints (keys bold) or a notice, inside the bottom edge.
    static func bottomLine(into grid: inout CellGrid, runs: [StyledText]) {
        guard grid.width > 4, grid.height >= 2 else { return }
        let rule = Cell(scalar: grid[0, 0].scalar == "+" ? "-" : "─", .border)
        for x in 1..<(grid.width - 1) { grid[x, grid.height - 1] = rule }
        var padded = [StyledText(" ")] + runs + [StyledText(" ")]
        padded = padded.map { StyledText($0.text, $0.style == .plain ? .status : $0.style) }
        grid.write(padded, x: 1, y: grid.height - 1, maxX: grid.width - 1)
    }

    /// `←/h back  →/l next …` as runs with the keys marked.
    static func keyHints(_ pairs: [(String, String)]) -> [StyledText] {
        var runs: [StyledText] = []
        for (offset, (key, action)) in pairs.enumerated() {
            if offset > 0 { runs.append(StyledText("  ")) }
            runs.append(StyledText(key, .key))
            runs.append(StyledText(" " + action))
        }
        return runs
    }
}
