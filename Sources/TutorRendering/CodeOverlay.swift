import TutorCore

/// The code view: the lesson as a Python program in a full-screen box. Lines wider than the box scroll sideways;
/// a line cut on either side shows `…` there.
enum CodeOverlay {
    static func draw(_ view: CodeViewState, into grid: inout CellGrid, options: RenderOptions) {
        for row in 0..<grid.height { for column in 0..<grid.width { grid[column, row] = .blank } }
        let size = TerminalSize(width: grid.width, height: grid.height)
        let visible = CodeViewState.visibleLines(in: size), columns = CodeViewState.visibleColumns(in: size)
        let top = min(view.top, view.lastTop(visible: visible)), left = min(view.left, view.lastLeft(visible: columns))
        let sideways = left > 0 ? ", columns \(left + 1)–\(left + columns)" : ""
        Frame.draw(
            into: &grid, title: "\(view.framework.rawValue) code of this lesson",
            right: "lines \(top + 1)–\(min(view.lines.count, top + visible))/\(view.lines.count)\(sideways)", options: options)
        for (offset, line) in view.lines.dropFirst(top).prefix(visible).enumerated() {
            let text = options.glyphs.text(line)
            let shown = left > 0 && text.count > left ? "…" + text.dropFirst(left + 1) : String(text.dropFirst(left))
            grid.write(shown, x: 2, y: 1 + offset, width: columns, style: line.hasPrefix("#") ? .muted : .plain)
        }
        let other = view.framework == .numpy ? "PyTorch" : "NumPy"
        let hints = KeyMaps.codeView.hints { $0 == .switchFramework ? other : nil }
        let keys = KeyLabel.hintPairs(hints, options: options)
        let withTip = Frame.keyHints(keys + [("", "cnn-tutor code ID > lesson.py saves it")])
        // The tip about saving is dropped rather than cut when the keys leave no room for it.
        let fits = withTip.reduce(0) { $0 + $1.text.count } + 2 <= grid.width - 2
        Frame.bottomLine(into: &grid, runs: fits ? withTip : Frame.keyHints(keys))
    }
}
