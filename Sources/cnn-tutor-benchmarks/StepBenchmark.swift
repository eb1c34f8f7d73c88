import LessonExport
import LessonFiles
import LessonModel
import TutorCore
import TutorRendering

/// Update + render per step: press → and draw the screen, as the tutor does for every step.
enum StepBenchmark {
    /// Mean milliseconds per step for `lesson` at `width`×`height`, after pressing `keys` (e.g. `i` for pictures).
    static func millisecondsPerStep(_ lesson: Lesson, width: Int, height: Int, steps: Int, keys: [Key] = []) -> Double {
        var state = TutorState(playing: lesson, menuLessons: [], size: TerminalSize(width: width, height: height))
        for key in keys { _ = Tutor.update(&state, .key(key)) }
        var checksum = 0
        let total = Measure.medianMilliseconds(runs: 5) {
            for _ in 0..<steps {
                if state.player?.isAtEnd == true { _ = Tutor.update(&state, .key(.character("g"))) }
                _ = Tutor.update(&state, .key(.right))
                checksum &+= Renderer.render(state).cells.count
            }
        }
        precondition(checksum > 0)
        return total / Double(steps)
    }
}
