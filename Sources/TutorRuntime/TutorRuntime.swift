import TutorCore
import TutorRendering

/// The tutor's event loop: feeds keys, resizes and due ticks to `Tutor.update`, carries out its effects (ticks on
/// the injected clock, the outside world through `Handlers`), and draws after each change. The same loop runs the
/// real binary on ncurses and the tests on a `MemoryTerminal` with a `ManualClock`.
public final class TutorRuntime {
    /// How a session ended.
    public enum Ending: Equatable, Sendable {
        /// The student quit.
        case quit
        /// A termination signal arrived (its number); progress was saved first.
        case signal(Int32)
    }

    /// Longest wait for input when no tick is pending; the loop then draws again.
    public static let idleWaitMilliseconds = 250

    /// The tutor's state now.
    public private(set) var state: TutorState
    /// Problems saving progress (one line each), to report once the terminal is given back.
    public private(set) var saveProblems: [String] = []
    private let terminal: any TerminalDevice
    private let clock: any RuntimeClock
    private let options: RenderOptions
    private let handlers: Handlers
    private(set) var ticks = TickSchedule()
    private var ending: Ending?

    /// A loop for `state` on `terminal`, drawing with `options`, timing ticks by `clock`.
    public init(
        terminal: any TerminalDevice, clock: any RuntimeClock, state: TutorState, options: RenderOptions, handlers: Handlers
    ) {
        self.terminal = terminal
        self.clock = clock
        self.state = state
        self.options = options
        self.handlers = handlers
    }

    /// Runs until the student quits or a signal arrives; the terminal is closed on every way out.
    public func run() -> Ending {
        defer { terminal.close() }
        start()
        while true {
            if let ending = turn() { return ending }
        }
    }

    /// Draws the first frame, then fills in a menu whose lessons were not parsed yet and draws again.
    func start() {
        dispatch(.resize(terminal.size))
        draw()
        if state.menu.isWaitingForLessons {
            dispatch(.lessonsParsed(handlers.parseMenuLessons()))
            draw()
        }
    }

    /// One turn of the loop: waits for an event (at most until the next tick is due), acts on it, delivers the
    /// ticks that fell due and draws. Returns how the session ended, or nil to go on.
    func turn() -> Ending? {
        if let event = terminal.nextEvent(timeoutMilliseconds: millisecondsUntilNextTick()) {
            switch event {
            case .key(let key): dispatch(.key(key))
            case .resize(let size): dispatch(.resize(size))
            case .mouse: break
            case .signal(let number):
                if let (id, record) = state.currentProgress { save(id: id, record: record) }
                return .signal(number)
            }
        }
        if let ending { return ending }
        for tick in ticks.takeDue(at: clock.now) { dispatch(.tick(generation: tick.generation)) }
        if let ending { return ending }
        draw()
        return nil
    }

    private func draw() {
        terminal.draw(Renderer.render(state, options: options))
    }

    /// Whole milliseconds (rounded up) until the next tick is due, at most `idleWaitMilliseconds`.
    private func millisecondsUntilNextTick() -> Int {
        guard let due = ticks.nextDue else { return Self.idleWaitMilliseconds }
        let remaining = due - clock.now
        guard remaining > .zero else { return 0 }
        let milliseconds = Int((remaining / .milliseconds(1)).rounded(.up))
        return min(milliseconds, Self.idleWaitMilliseconds)
    }

    private func dispatch(_ message: Message) {
        for effect in Tutor.update(&state, message) { perform(effect) }
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .scheduleTick(let generation, let delay):
            ticks.schedule(generation: generation, due: clock.now + .milliseconds(delay))
        case .loadLesson(let path):
            dispatch(.lessonLoaded(path: path, handlers.loadLesson(path)))
        case .exportTranscript(let request):
            dispatch(.exportFinished(handlers.exportTranscript(request)))
        case .saveProgress(let id, let record):
            save(id: id, record: record)
        case .quit:
            ending = .quit
        }
    }

    private func save(id: String, record: LessonProgress) {
        do {
            try handlers.saveProgress(id, record)
        } catch {
            saveProblems.append("could not save progress for \(id): \(error)")
        }
    }
}
