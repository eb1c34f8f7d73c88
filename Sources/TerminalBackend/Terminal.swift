import CNCursesw
import Glibc
import LessonPictures
import TutorCore
import TutorRendering

/// The full-screen terminal: the only object that talks to curses. Open it, draw grids, read keys, close it.
public final class Terminal {
    /// Whether the locale is UTF-8; when false, renderers must use ASCII glyphs.
    public let unicode: Bool
    /// Whether colours are drawn on top of the attribute cues.
    let colorsEnabled: Bool
    /// The pairs picture cells are coloured with (nil without colours).
    let picturePairs: PicturePairs?
    /// The curses screen, nil once closed.
    private var screen: OpaquePointer?
    /// The last grid drawn and the screen size it was drawn at: what curses' window holds now.
    var lastFrame: (grid: CellGrid, size: TerminalSize)?

    private init(screen: OpaquePointer, unicode: Bool, colors: TerminalColors?) {
        self.screen = screen
        self.unicode = unicode
        self.colorsEnabled = colors != nil
        self.picturePairs = colors.map { PicturePairs(colorCount: $0.count, defaultBackground: $0.defaultBackground) }
    }

    /// How pictures can be drawn here: colour half blocks with 256 colours, else shades; ASCII characters when
    /// the locale is not UTF-8.
    public var pictureStyle: PictureStyle {
        guard unicode else { return .characters }
        return picturePairs?.palette.showsTones == true ? .halfBlocks : .shades
    }

    /// Checks the environment, starts curses (raw keys, no echo, hidden cursor) and returns the open terminal.
    public static func open(options: TerminalOptions) throws(TerminalError) -> Terminal {
        let term = Self.environmentValue("TERM")
        if let problem = TerminalPreflight.problem(
            inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: isatty(STDOUT_FILENO) == 1, term: term
        ) {
            throw problem
        }
        let unicode = Self.startLocale()
        SignalTrap.install()
        let screen = try Self.startScreen(term: term ?? "")
        let colors = configureScreen(useColor: options.useColor)
        return Terminal(screen: screen, unicode: unicode, colors: colors)
    }

    /// Whether the terminal is still open.
    public var isOpen: Bool {
        screen != nil
    }

    /// The current size in cells (0×0 once closed).
    public var size: TerminalSize {
        guard isOpen, let window = cnn_stdscr() else { return TerminalSize(width: 0, height: 0) }
        return TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Leaves curses mode and restores the terminal and the default signal actions; safe to call twice.
    public func close() {
        guard let screen else { return }
        self.screen = nil
        endwin()
        delscreen(screen)
        SignalTrap.restore()
    }

    deinit {
        close()
    }

    /// An environment variable, nil if unset.
    private static func environmentValue(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Adopts the user's locale (needed for wide characters) and reports whether it is UTF-8.
    private static func startLocale() -> Bool {
        setlocale(LC_ALL, "")
        guard let codeset = cnn_locale_codeset() else { return false }
        return TerminalPreflight.isUTF8(codeset: String(cString: codeset))
    }

    /// `newterm` on stdout/stdin; throws (and undoes everything) if the terminal is unknown or cannot move the cursor.
    private static func startScreen(term: String) throws(TerminalError) -> OpaquePointer {
        guard let screen = cnn_newterm() else {
            SignalTrap.restore()
            throw .unsupportedTerminal(term: term)
        }
        guard cnn_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            SignalTrap.restore()
            throw .unsupportedTerminal(term: term)
        }
        cnn_register_exit_restore()
        return screen
    }
}
