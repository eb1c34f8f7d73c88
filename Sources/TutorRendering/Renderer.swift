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
            // While a question is open only the answer box's keys act: the hint line says those.
            let hints =
                player.isAwaitingAnswer
                ? KeyMaps.answer.hints()
                : KeyMaps.player.hints { $0 == .togglePicture && player.picture.isOn ? "numbers" : nil }
            Frame.bottomLine(into: &grid, runs: KeyLabel.hintRuns(hints, options: options))
        }
        if let notice = state.notice { drawNotice(notice, into: &grid, options: options) }
        if let prompt = state.prompt {
            drawPrompt(prompt, detail: state.promptDetail, into: &grid, options: options)
        }
        if let view = state.codeView { CodeOverlay.draw(view, into: &grid, options: options) }
        if state.showingHelp { HelpOverlay.draw(into: &grid, context: HelpOverlay.context(of: state), options: options) }
        if options.glyphs == .ascii { grid.transliterateToASCII() }
        return grid
    }

    /// A notice on the bottom line; one too long for it is wrapped upwards over the lines above, whole.
    private static func drawNotice(_ notice: TutorState.Notice, into grid: inout CellGrid, options: RenderOptions) {
        let style: SemanticStyle = notice.isError ? .error : .strong
        let lines = TextWrap.lines(options.glyphs.text(notice.text), width: grid.width - 4)
        for (offset, line) in lines.dropLast().suffix(grid.height - 3).reversed().enumerated() {
            let y = grid.height - 2 - offset
            for x in 1..<(grid.width - 1) { grid[x, y] = Cell(" ", .status) }
            grid.write(line, x: 2, y: y, style: style)
        }
        Frame.bottomLine(into: &grid, runs: [StyledText(lines.last ?? "", style)])
    }

    /// The prompt line above the bottom edge, with `detail` (where the file goes, or why it failed) above it.
    private static func drawPrompt(_ prompt: PromptState, detail: String?, into grid: inout CellGrid, options: RenderOptions) {
        let y = grid.height - 2
        for x in 1..<(grid.width - 1) { grid[x, y] = Cell(" ", .status) }
        if let detail, y > 1 {
            for x in 1..<(grid.width - 1) { grid[x, y - 1] = Cell(" ", .status) }
            let style: SemanticStyle = prompt.problem == nil ? .muted : .error
            grid.write(options.glyphs.text(detail), x: 2, y: y - 1, width: grid.width - 4, style: style)
        }
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

extension Renderer {
    /// Builds the tables a lesson's first frame reads that need no lesson: the key maps behind its hint line (each
    /// built once, on first use, either way). The tutor calls this while its lesson loads on another thread, so the
    /// first frame, once the lesson is there, has that much less to do.
    public static func prepareTables() {
        _ = KeyMaps.global.hints()
        _ = KeyMaps.player.hints()
    }
}
