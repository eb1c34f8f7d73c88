import LessonModel
import LessonText
import TutorCore

/// Draws the tutor's state into a grid of cells; the terminal backend shows the grid, tests read it.
public enum Renderer {
    /// The smallest terminal the tutor draws its screens in.
    public static let minimumSize = TerminalSize(width: 60, height: 16)

    /// The screen for `state` at `state.size`.
    public static func render(_ state: TutorState, options: RenderOptions = .unicode) -> CellGrid {
        var grid = CellGrid(size: state.size)
        guard state.size.width >= minimumSize.width, state.size.height >= minimumSize.height else {
            drawTooSmall(into: &grid)
            return grid
        }
        switch state.screen {
        case .menu:
            MenuView(state: state, options: options).draw(into: &grid)
        case .player(let player):
            PlayerView(state: state, player: player, options: options).draw(into: &grid)
            let hints = KeyMaps.player.hints { $0 == .togglePicture && player.picture.isOn ? "numbers" : nil }
            Frame.bottomLine(into: &grid, runs: KeyLabel.hintRuns(hints, options: options))
        }
        if let notice = state.notice {
            Frame.bottomLine(into: &grid, runs: [StyledText(options.glyphs.text(notice.text), notice.isError ? .error : .strong)])
        }
        if let prompt = state.prompt {
            drawPrompt(prompt, into: &grid, options: options)
        }
        if let view = state.codeView { CodeOverlay.draw(view, into: &grid, options: options) }
        if state.showingHelp { HelpOverlay.draw(into: &grid, inPlayer: state.player != nil, options: options) }
        if options.glyphs == .ascii { grid.transliterateToASCII() }
        return grid
    }

    private static func drawPrompt(_ prompt: PromptState, into grid: inout CellGrid, options: RenderOptions) {
        let y = grid.height - 2
        for x in 1..<(grid.width - 1) { grid[x, y] = Cell(" ", .status) }
        grid.write(
            [StyledText(" " + options.glyphs.text(prompt.label) + " ", .strong), StyledText(prompt.text + "_", .status)],
            x: 1, y: y, maxX: grid.width - 1)
        Frame.bottomLine(into: &grid, runs: [StyledText(KeyLabel.hintSentence(prompt.keyHints, options: options), .muted)])
    }

    /// Below the minimum size: say what is needed, in whatever room there is.
    private static func drawTooSmall(into grid: inout CellGrid) {
        let size = "\(grid.width)×\(grid.height)"
        let message =
            "Terminal too small (\(size)). cnn-tutor needs at least \(minimumSize.width)×\(minimumSize.height). Enlarge the window, or press q to quit."
        let lines = TextWrap.lines(message, width: grid.width)
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.prefix(grid.height).enumerated() {
            grid.write(line, x: max(0, (grid.width - line.count) / 2), y: top + offset, style: .error)
        }
    }
}
