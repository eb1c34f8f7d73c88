import LessonCode
import LessonModel
import LessonPractice
import LessonText

/// The whole tutor: which screen is shown, overlays, and the terminal's size. Changed only by `update`.
public struct TutorState: Sendable {
    /// The main screens.
    public enum Screen: Sendable {
        /// The lesson menu.
        case menu
        /// A lesson being played.
        case player(PlayerState)
    }

    /// The menu (kept while a lesson plays, so returning keeps the selection).
    public var menu: MenuState
    /// The screen shown.
    public var screen: Screen
    /// Whether `q` in the player quits (a lesson opened directly) instead of returning to the menu.
    public let quitFromPlayer: Bool
    /// The help overlay is shown.
    public var showingHelp = false
    /// The code view overlay, when open.
    public var codeView: CodeViewState?
    /// A text prompt is shown.
    public var prompt: PromptState?
    /// A one-line message for the status line, cleared by the next key.
    public var notice: Notice?
    /// The terminal size.
    public var size: TerminalSize
    /// Saved progress per lesson id (shown in the menu, offered for resuming).
    public var progress: [String: LessonProgress]
    /// How typed paths are read (`~`, the working folder).
    public var paths = PathContext.unknown
    /// The export path as the student typed it, until the export is done, so a failure can offer it again.
    var exportDraft: String?
    /// Bumped whenever the animation is paused, restarted or retimed: ticks of older generations are ignored.
    public private(set) var generation = 0

    /// A status-line message.
    public struct Notice: Sendable, Equatable {
        /// The text.
        public let text: String
        /// Whether it reports a problem.
        public let isError: Bool

        /// Creates a notice.
        public init(_ text: String, isError: Bool = false) {
            self.text = text
            self.isError = isError
        }
    }

    /// The tutor on its menu.
    public init(lessons: [Lesson], size: TerminalSize, progress: [String: LessonProgress] = [:]) {
        self.init(menu: MenuState(lessons: lessons), size: size, progress: progress)
    }

    /// The tutor on a menu whose lessons may arrive later (`Message.lessonsParsed`).
    public init(menu: MenuState, size: TerminalSize, progress: [String: LessonProgress] = [:]) {
        self.menu = menu
        self.screen = .menu
        self.quitFromPlayer = false
        self.size = size
        self.progress = progress
    }

    /// The tutor playing one lesson directly (`cnn-tutor play`); `q` quits.
    public init(
        playing lesson: Lesson, menuLessons: [Lesson], size: TerminalSize, practice: PracticeState? = nil,
        progress: [String: LessonProgress] = [:]
    ) {
        self.init(playing: lesson, menu: MenuState(lessons: menuLessons), size: size, practice: practice, progress: progress)
    }

    /// The tutor playing one lesson directly, over a menu whose lessons may arrive later.
    public init(
        playing lesson: Lesson, menu: MenuState, size: TerminalSize, practice: PracticeState? = nil,
        progress: [String: LessonProgress] = [:]
    ) {
        self.init(showing: PlayerState(lesson: lesson, practice: practice), menu: menu, size: size, progress: progress)
    }

    /// The tutor showing `player`, a lesson already set up for playing (the tutor sets it up on a second thread
    /// while the terminal opens), over a menu whose lessons may arrive later.
    public init(showing player: PlayerState, menu: MenuState, size: TerminalSize, progress: [String: LessonProgress] = [:]) {
        self.menu = menu
        self.screen = .menu
        self.quitFromPlayer = true
        self.size = size
        self.progress = progress
        show(player.viewing(as: progress[player.lesson.id]))
    }

    /// Shows `player`, counting the steps an earlier session showed, and offers to resume where the lesson
    /// was left, as the menu does.
    mutating func show(_ player: PlayerState) {
        var player = player
        let saved = progress[player.lesson.id]
        player.markShown(leading: saved?.shownSteps ?? 0)
        screen = .player(player)
        if let saved, saved.isResumable {
            prompt = PromptState(
                purpose: .resume(phase: saved.phase, step: saved.step),
                label: "Resume at phase \(saved.phase + 1), step \(saved.step + 1)? [Y/n]")
        }
    }

    /// The current lesson's progress as it stands now, merged over what was saved (nil on the menu). While
    /// the resume question is open the saved place stands: leaving then must not replace it with step 1.
    public var currentProgress: (id: String, record: LessonProgress)? {
        guard let player else { return nil }
        let score = player.practice.flatMap { $0.asked > 0 ? LessonProgress.Score(correct: $0.firstTryCorrect, asked: $0.asked) : nil }
        var place = (phase: player.phaseIndex, step: player.stepIndex)
        if case .resume(let phase, let step)? = prompt?.purpose { place = (phase, step) }
        let record = LessonProgress(
            phase: place.phase, step: place.step, completed: player.completed, bestScore: score,
            shownSteps: player.coverage.leading, pictures: player.chosenView)
        return (player.lesson.id, record.merged(over: progress[player.lesson.id]))
    }

    /// The player, if a lesson is shown.
    public var player: PlayerState? {
        if case .player(let player) = screen { return player }
        return nil
    }

    /// Starts a new animation generation and returns it.
    mutating func nextGeneration() -> Int {
        generation += 1
        return generation
    }
}
