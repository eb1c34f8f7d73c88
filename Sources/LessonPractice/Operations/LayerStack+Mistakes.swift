import CNNEngine
import LessonModel
import LessonText

/// A layer table: its rows are not asked in practice.
extension LayerStack: OperationMistakes {
    /// None of its own.
    public func mistakes(_ kind: PhaseKind, step: Step, glyphs: Glyphs) -> [Mistake] { [] }
}
