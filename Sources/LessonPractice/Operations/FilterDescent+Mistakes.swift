import CNNEngine
import LessonModel
import LessonText

/// The run's steps are each iteration's loss, so their slips are the mean squared error's.
extension FilterDescent: OperationMistakes {
    /// The loss slips of the iteration the step shows.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] {
        guard kind == .forward, let k = step.targetIndex.first, k < iterations.count else { return [] }
        return iterations[k].loss.mistakes(.forward, step: step, glyphs: glyphs)
    }
}
