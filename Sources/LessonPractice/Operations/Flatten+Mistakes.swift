import CNNEngine
import LessonModel
import LessonText

/// Flattening copies a value; the only slip is taking the wrong cell, which no recomputation can name.
extension Flatten: OperationMistakes {
    /// None of its own.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] { [] }
}
