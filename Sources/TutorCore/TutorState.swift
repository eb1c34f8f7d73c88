import CNNLessons

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
    /// A text prompt is shown.
    public var prompt: PromptState?
    /// A one-line message for the status line, cleared by the next key.
    public var notice: Notice?
    /// The terminal size.
    public var size: TerminalSize
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
    public init(lessons: [Lesson], size: TerminalSize) {
        self.menu = MenuState(lessons: lessons)
        self.screen = .menu
        self.quitFromPlayer = false
        self.size = size
    }

    /// The tutor playing one lesson directly (`cnn-tutor play`); `q` quits.
    public init(playing lesson: Lesson, menuLessons: [Lesson], size: TerminalSize) {
        self.menu = MenuState(lessons: menuLessons)
        self.screen = .player(PlayerState(lesson: lesson))
        self.quitFromPlayer = true
        self.size = size
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
