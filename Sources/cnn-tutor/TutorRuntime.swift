import AtomicFiles
import Foundation
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText
import TerminalBackend
import TutorCore
import TutorProgress
import TutorRendering

/// Runs the tutor on a real terminal: feeds keys, resizes and due ticks to `Tutor.update`, carries out its
/// effects, and draws after each change. The terminal is closed on every way out.
final class TutorRuntime {
    private let terminal: Terminal
    private var state: TutorState
    private let options: RenderOptions
    private let clock = ContinuousClock()
    private var timers: [(due: ContinuousClock.Instant, generation: Int)] = []
    private var quitting = false
    private let progressStore: ProgressStore?
    /// Problems saving progress, reported after the terminal is restored.
    private(set) var saveProblems: [String] = []

    /// How the session ended.
    enum Ending {
        /// The student quit.
        case quit
        /// A termination signal arrived.
        case signal(Int32)
    }

    init(terminal: Terminal, state: TutorState, forceASCII: Bool, progressStore: ProgressStore?) {
        self.terminal = terminal
        self.state = state
        self.progressStore = progressStore
        self.options = terminal.unicode && !forceASCII ? .unicode : .ascii
    }

    /// The event loop; returns when the student quits or a signal arrives, with the terminal closed.
    func run() -> Ending {
        defer { terminal.close() }
        dispatch(.resize(terminal.size))
        draw()
        if state.menu.isWaitingForLessons {
            dispatch(.lessonsParsed(BuiltinLessons.all()))
            draw()
        }
        while !quitting {
            if let event = terminal.readKey(timeoutMilliseconds: millisecondsUntilNextTick()) {
                switch event {
                case .key(let key): dispatch(.key(key))
                case .resize(let size): dispatch(.resize(size))
                case .signal(let number):
                    if let (id, record) = state.currentProgress { save(id: id, record: record) }
                    return .signal(number)
                }
            }
            deliverDueTicks()
            if !quitting { draw() }
        }
        return .quit
    }

    private func draw() {
        terminal.draw(Renderer.render(state, options: options))
    }

    private func millisecondsUntilNextTick() -> Int {
        guard let next = timers.map(\.due).min() else { return 250 }
        let remaining = clock.now.duration(to: next)
        let milliseconds = remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000
        return Int(min(max(milliseconds, 0), 250))
    }

    private func deliverDueTicks() {
        let now = clock.now
        let due = timers.filter { $0.due <= now }
        timers.removeAll { $0.due <= now }
        for timer in due.sorted(by: { $0.due < $1.due }) { dispatch(.tick(generation: timer.generation)) }
    }

    private func dispatch(_ message: Message) {
        for effect in Tutor.update(&state, message) { perform(effect) }
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .scheduleTick(let generation, let delay):
            timers.removeAll { $0.generation != generation }
            timers.append((clock.now.advanced(by: .milliseconds(delay)), generation))
        case .loadLesson(let path):
            dispatch(.lessonLoaded(path: path, LessonLoading.library.load(path).mapError { LessonLoadFailure($0.description) }))
        case .exportTranscript(let request):
            dispatch(.exportFinished(export(request)))
        case .saveProgress(let id, let record):
            save(id: id, record: record)
        case .quit:
            quitting = true
        }
    }

    private func save(id: String, record: LessonProgress) {
        do {
            try progressStore?.save(id: id, record: record)
        } catch {
            saveProblems.append("cnn-tutor: could not save progress for \(id): \(error)")
        }
    }

    private func export(_ request: ExportRequest) -> ExportOutcome {
        let glyphs: Glyphs = options == .ascii ? .ascii : .unicode
        let text = Transcript(lesson: request.lesson, glyphs: glyphs).render(request.format)
        do {
            try AtomicFile.write(text, to: request.path, overwrite: request.overwrite)
            return .written(request.path)
        } catch .exists(let path) {
            return .exists(path)
        } catch {
            return .failed("\(error)")
        }
    }
}
