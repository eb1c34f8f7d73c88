/// A key the student pressed, decoded by the terminal backend.
public enum Key: Sendable, Hashable {
    /// A printable character (letters, digits, punctuation, space).
    case character(Character)
    /// Arrow keys.
    case up, down, left, right
    /// Navigation keys.
    case home, end, pageUp, pageDown
    /// Enter / Return.
    case enter
    /// Escape (alone, not the start of a sequence).
    case escape
    /// Backspace or Delete-backwards.
    case backspace
    /// Tab and Shift-Tab.
    case tab, backTab
    /// Ctrl plus a letter, e.g. `.control("c")` for Ctrl-C.
    case control(Character)
}
