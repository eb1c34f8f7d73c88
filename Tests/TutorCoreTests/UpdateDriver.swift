import LessonFiles
import LessonModel
import TutorCore

/// `Tutor.update` alone: keys and messages in, the effects it returns collected, nothing carried out and no time.
/// Timing and effects are tested on the real loop (TutorRuntimeTests).
struct UpdateDriver {
    var state: TutorState
    /// Every effect returned, in order.
    private(set) var effects: [Effect] = []
    /// Whether the tutor asked to quit.
    var quit: Bool { effects.contains(.quit) }
    /// The player, if a lesson is shown.
    var player: PlayerState? { state.player }

    init(_ state: TutorState) {
        self.state = state
    }

    /// Applies one message.
    mutating func send(_ message: Message) {
        effects += Tutor.update(&state, message)
    }

    /// Presses keys in order.
    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    /// Types text as character keys.
    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }
}

enum Fixtures {
    /// Every built-in lesson.
    static let lessons = BuiltinLessons.all()

    /// A built-in lesson by id.
    static func lesson(_ id: String) -> Lesson {
        guard let lesson = lessons.first(where: { $0.id == id }) else { fatalError("no built-in lesson \(id)") }
        return lesson
    }

    /// The tutor playing `id` directly, at 80×24.
    static func playing(_ id: String, practice: PracticeState? = nil) -> UpdateDriver {
        UpdateDriver(
            TutorState(
                playing: lesson(id), menuLessons: lessons, size: TerminalSize(width: 80, height: 24), practice: practice))
    }

    /// The lessons menu tests show, chosen by id so that adding a lesson to the catalogue changes no test.
    static let menuLessonIDs = ["image-as-matrix", "vertical-edges", "same-padding", "max-pooling", "average-pooling", "conv-relu-pool"]

    /// The tutor on its menu of `menuLessonIDs`, at 80×24.
    static func menu() -> UpdateDriver {
        UpdateDriver(TutorState(lessons: menuLessonIDs.map(lesson), size: TerminalSize(width: 80, height: 24)))
    }
}
