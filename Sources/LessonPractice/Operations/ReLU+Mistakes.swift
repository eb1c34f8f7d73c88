import CNNEngine
import LessonModel
import LessonText

/// ReLU: only a dropped sign, which the coach checks for every sum.
extension ReLU: OperationMistakes {
    /// None of its own.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] { [] }
}
