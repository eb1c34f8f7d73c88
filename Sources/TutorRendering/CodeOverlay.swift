import TutorCore

/// The code view: the lesson as a Python program in a full-screen box.
enum CodeOverlay {
    static func draw(_ view: CodeViewState, into grid: inout CellGrid, options: RenderOptions) {
        for row in 0..<grid.height { for column in 0..<grid.width { grid[column, row] = .blank } }
        Frame.draw(
            into: &grid, title: "\(view.framework.rawValue) code of this lesson",
            right: "lines \(view.top + 1)–\(min(view.lines.count, view.top + grid.height - 2))/\(view.lines.count)", options: options)
        for (offset, line) in view.lines.dropFirst(view.top).prefix(max(0, grid.height - 2)).enumerated() {
            grid.write(options.glyphs.text(line), x: 2, y: 1 + offset, width: grid.width - 3, style: line.hasPrefix("#") ? .muted : .plain)
        }
        let other = view.framework == .numpy ? "PyTorch" : "NumPy"
        let hints = KeyMaps.codeView.hints { $0 == .switchFramework ? other : nil }
        let pairs = KeyLabel.hintPairs(hints, options: options) + [("", "cnn-tutor code ID > lesson.py saves it")]
        Frame.bottomLine(into: &grid, runs: Frame.keyHints(pairs))
    }
}
