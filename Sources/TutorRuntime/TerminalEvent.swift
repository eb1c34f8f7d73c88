import TutorCore

/// Something the terminal reported while the tutor was waiting.
public enum TerminalEvent: Equatable, Sendable {
    /// The student pressed a key.
    case key(Key)
    /// The mouse was pressed, dragged or released (only while a screen asked for the mouse).
    case mouse(MouseEvent)
    /// The window changed size; redraw for the new size.
    case resize(TerminalSize)
    /// SIGINT, SIGTERM or SIGHUP arrived (the number is the signal's); close and exit.
    case signal(Int32)
}
