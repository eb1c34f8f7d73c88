import LessonFiles
import LessonModel
import LessonPractice
import LessonText
import TutorCore

/// Runs the tutor like the real runtime does, but on a manual clock: ticks are delivered when the test
/// advances time, and effects are recorded instead of performed.
struct ScriptedRuntime {
    var state: TutorState
    /// Milliseconds since the start.
    private(set) var now = 0
    /// Ticks scheduled and not yet delivered: when, and with which generation.
    private(set) var pending: [(due: Int, generation: Int)] = []
    /// Every effect other than ticks, in order.
    private(set) var effects: [Effect] = []
    /// Whether the tutor asked to quit.
    var quit: Bool { effects.contains(.quit) }

    init(_ state: TutorState) {
        self.state = state
    }

    /// Sends one message and records or schedules its effects.
    mutating func send(_ message: Message) {
        for effect in Tutor.update(&state, message) {
            if case .scheduleTick(let generation, let delay) = effect {
                pending.append((now + delay, generation))
            } else {
                effects.append(effect)
            }
        }
    }

    /// Presses keys in order.
    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    /// Types text as character keys.
    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// Moves the clock forward, delivering every tick that falls due, in order.
    mutating func advance(by milliseconds: Int) {
        let end = now + milliseconds
        while let next = pending.enumerated().min(by: { $0.element.due < $1.element.due }), next.element.due <= end {
            pending.remove(at: next.offset)
            now = next.element.due
            send(.tick(generation: next.element.generation))
        }
        now = end
    }

    /// The player, or a failure-friendly default.
    var player: PlayerState? { state.player }
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
    static func playing(_ id: String, practice: PracticeState? = nil) -> ScriptedRuntime {
        ScriptedRuntime(TutorState(
            playing: lesson(id), menuLessons: lessons, size: TerminalSize(width: 80, height: 24), practice: practice))
    }

    /// The tutor on its menu, at 80×24.
    static func menu() -> ScriptedRuntime {
        ScriptedRuntime(TutorState(lessons: lessons, size: TerminalSize(width: 80, height: 24)))
    }
}
