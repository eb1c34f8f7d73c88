import CNNEngine
import LessonFiles
import LessonModel
import LessonText
import TutorCore
import TutorRendering

enum RenderFixtures {
    /// Every built-in lesson, to look lessons up by id (never to lay out a screen: snapshots must not change
    /// when a lesson is added to the catalogue or moved in it).
    static let lessons = BuiltinLessons.all()

    /// The lessons the menu snapshots show, chosen by id.
    static let menuLessonIDs = ["image-as-matrix", "vertical-edges", "same-padding", "relu", "max-pooling", "backward"]

    /// The menu's lessons, in `menuLessonIDs` order.
    static var menuLessons: [Lesson] { menuLessonIDs.map(lesson) }

    /// A built-in lesson by id.
    static func lesson(_ id: String) -> Lesson {
        guard let lesson = lessons.first(where: { $0.id == id }) else { fatalError("no built-in lesson \(id)") }
        return lesson
    }

    /// The tutor playing `id` at `width`×`height`, after `keys`.
    static func playing(_ id: String, width: Int = 80, height: Int = 24, keys: [Key] = []) -> TutorState {
        playing(lesson(id), width: width, height: height, keys: keys)
    }

    /// The tutor playing `lesson`, after `keys`.
    static func playing(_ lesson: Lesson, width: Int = 80, height: Int = 24, keys: [Key] = []) -> TutorState {
        var state = TutorState(playing: lesson, menuLessons: [lesson], size: TerminalSize(width: width, height: height))
        for key in keys { _ = Tutor.update(&state, .key(key)) }
        return state
    }

    /// `count` presses of →.
    static func right(_ count: Int) -> [Key] { Array(repeating: .right, count: count) }

    /// Lessons with at most this many steps are visited step by step; larger ones (picture lessons have
    /// thousands) by the first `sampledSteps` steps and the last step of each phase.
    static let everyStepLimit = 2000
    /// Steps visited at the start of each phase of a large lesson.
    static let sampledSteps = 60

    /// Calls `visit` with the state at every step of the lesson `state` plays (sampled for a large lesson).
    static func visitSteps(from state: TutorState, _ visit: (TutorState) -> Void) {
        var state = state
        guard let player = state.player else { return }
        let total = player.phases.reduce(0) { $0 + $1.stepCount }
        if total <= everyStepLimit {
            for _ in 0..<total {
                visit(state)
                _ = Tutor.update(&state, .key(.right))
            }
            return
        }
        for phase in player.phases {
            for _ in 0..<min(sampledSteps, phase.stepCount - 1) {
                visit(state)
                _ = Tutor.update(&state, .key(.right))
            }
            _ = Tutor.update(&state, .key(.character("G")))
            visit(state)
            _ = Tutor.update(&state, .key(.character("]")))
        }
    }

    /// A 40×40 convolution lesson made in code, to exercise scrolling.
    static func largeLesson() throws -> Lesson {
        var rows: [String] = []
        for row in 0..<40 {
            let values = (0..<40).map { column in String((column * 7 + row * 3) % 10) }
            rows.append("[" + values.joined(separator: ",") + "]")
        }
        let text =
            "id: large\ntitle: Large input\nop: conv2d\ninput: [" + rows.joined(separator: ",")
            + "]\nfilters: [[1, 0, -1], [1, 0, -1], [1, 0, -1]]\n"
        return try LessonParser.parse(text: text, file: "large.yaml").get()
    }
}
