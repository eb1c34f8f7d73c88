import CNNEngine
import LessonModel
import LessonText

/// An image: a pixel is read, not computed, so there is nothing to get wrong.
extension ImageReading: OperationMistakes {
    /// None of its own.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] { [] }
}
