import TutorCore

/// Something the terminal reported while the tutor was waiting.
public enum TerminalEvent: Equatable, Sendable {
    /// The student pressed a key.
    case key(Key)
    /// The window changed size; redraw for the new size.
    case resize(TerminalSize)
    /// SIGINT, SIGTERM or SIGHUP arrived (the number is the signal's); close and exit.
    case signal(Int32)
}
