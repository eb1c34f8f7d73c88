import LessonExport
import LessonFiles
import LessonModel
import TutorCore
import TutorRendering

/// Update + render per step: press → and draw the screen, as the tutor does for every step.
enum StepBenchmark {
    /// Mean milliseconds per step for `lesson` at `width`×`height`, after pressing `keys` (e.g. `i` for pictures).
    /// Each frame is rendered with `options` and handed to `present` (the terminal, for the rows that include the
    /// curses draw; nothing for the grid alone).
    static func millisecondsPerStep(
        _ lesson: Lesson, width: Int, height: Int, steps: Int, keys: [Key] = [], options: RenderOptions = .unicode,
        present: (CellGrid) -> Void = { _ in }
    ) -> Double {
        var state = TutorState(playing: lesson, menuLessons: [], size: TerminalSize(width: width, height: height))
        for key in keys { _ = Tutor.update(&state, .key(key)) }
        var checksum = 0
        let total = Measure.medianMilliseconds(runs: 5) {
            for _ in 0..<steps {
                if state.player?.isAtEnd == true { _ = Tutor.update(&state, .key(.character("g"))) }
                _ = Tutor.update(&state, .key(.right))
                let grid = Renderer.render(state, options: options)
                present(grid)
                checksum &+= grid.cells.count
            }
        }
        precondition(checksum > 0)
        return total / Double(steps)
    }
}
