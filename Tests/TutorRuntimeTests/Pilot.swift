import LessonFiles
import LessonModel
import TutorCore
import TutorRendering

@testable import TutorRuntime

/// Drives the real loop (`TutorRuntime.start` and `turn`, what `run` repeats) on a `MemoryTerminal` and a
/// `ManualClock`, in the manner of Textual's pilot: each call scripts input and lets the loop work through it.
/// Effects reach the outside world through recording handlers.
final class Pilot {
    let clock = ManualClock()
    let terminal: MemoryTerminal
    let world: RecordingWorld
    let runtime: TutorRuntime
    /// How the session ended, once it has.
    private(set) var ending: TutorRuntime.Ending?

    /// The loop on `state`, after its first frame.
    init(_ state: TutorState, world: RecordingWorld = RecordingWorld()) {
        terminal = MemoryTerminal(size: state.size, clock: clock)
        self.world = world
        runtime = TutorRuntime(terminal: terminal, clock: clock, state: state, options: .unicode, handlers: world.handlers)
        runtime.start()
    }

    /// The tutor playing a built-in lesson directly, at 80×24.
    static func playing(_ id: String, practice: PracticeState? = nil) -> Pilot {
        Pilot(
            TutorState(
                playing: Fixtures.lesson(id), menuLessons: Fixtures.lessons, size: TerminalSize(width: 80, height: 24),
                practice: practice))
    }

    /// The tutor on its menu of built-in lessons, at 80×24.
    static func menu() -> Pilot {
        Pilot(TutorState(lessons: Fixtures.lessons, size: TerminalSize(width: 80, height: 24)))
    }

    var state: TutorState { runtime.state }
    var player: PlayerState? { runtime.state.player }
    /// Ticks scheduled and not yet delivered.
    var pendingTicks: [TickSchedule.Tick] { runtime.ticks.pending }
    /// Milliseconds on the manual clock.
    var now: Int { Int(clock.now / .milliseconds(1)) }

    /// Presses keys in order.
    func press(_ keys: Key...) {
        feed(keys.map(MemoryTerminal.Input.key))
    }

    /// Types text as character keys.
    func type(_ text: String) {
        feed(text.map { .key(.character($0)) })
    }

    /// Lets `milliseconds` pass while the loop waits for input.
    func advance(by milliseconds: Int) {
        feed([.wait(milliseconds: milliseconds)])
    }

    /// Resizes the terminal.
    func resize(width: Int, height: Int) {
        feed([.resize(TerminalSize(width: width, height: height))])
    }

    /// Sends a termination signal.
    func signal(_ number: Int32) {
        feed([.signal(number)])
    }

    /// Scripts `inputs` and turns the loop until it has read them all or the session ended.
    func feed(_ inputs: [MemoryTerminal.Input]) {
        terminal.enqueue(inputs)
        while ending == nil, terminal.hasPendingInput { ending = runtime.turn() }
    }

    /// The last frame as one text.
    var screen: String { terminal.lastFrame.joined(separator: "\n") }
}

/// The outside world as the loop sees it through its handlers: every request is recorded, answers come from
/// scripts set by the test.
final class RecordingWorld {
    /// Paths asked for with `Effect.loadLesson`.
    private(set) var loadedPaths: [String] = []
    /// Transcripts asked for.
    private(set) var exports: [ExportRequest] = []
    /// Progress saved, in order.
    private(set) var saves: [(id: String, record: LessonProgress)] = []
    /// How often the menu's lessons were parsed.
    private(set) var menuParses = 0
    /// The answer to each lesson path; unknown paths fail as unknown arguments.
    var lessonFiles: [String: Lesson] = [:]
    /// The outcomes of the next exports, in order; when empty, exports are written.
    var exportOutcomes: [ExportOutcome] = []
    /// Whether saving progress fails.
    var savingFails = false

    /// Closures that record into this world.
    var handlers: TutorRuntime.Handlers {
        TutorRuntime.Handlers(
            loadLesson: { [self] path in
                loadedPaths.append(path)
                return lessonFiles[path].map { .success($0) }
                    ?? .failure(LessonLoadFailure("cnn-tutor: no lesson file or built-in lesson named `\(path)`"))
            },
            exportTranscript: { [self] request in
                exports.append(request)
                return exportOutcomes.isEmpty ? .written(request.path) : exportOutcomes.removeFirst()
            },
            saveProgress: { [self] id, record in
                if savingFails { throw SaveFailure() }
                saves.append((id, record))
            },
            parseMenuLessons: { [self] in
                menuParses += 1
                return Fixtures.lessons
            })
    }

    /// The error saving throws when told to fail.
    struct SaveFailure: Error, CustomStringConvertible {
        var description: String { "disk full" }
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
}
