import TutorCore

/// One read from `wget_wch`: a character (it returned `OK`) or a key code (it returned `KEY_CODE_YES`).
enum RawInput: Equatable, Sendable {
    /// A wide character, including control characters such as 3 for Ctrl-C.
    case character(UInt32)
    /// A curses key code such as `KEY_LEFT` or `KEY_RESIZE`.
    case keyCode(Int32)
}

/// What a raw input means to the tutor.
enum DecodedInput: Equatable, Sendable {
    /// A key the tutor understands.
    case key(Key)
    /// The terminal was resized (`KEY_RESIZE`).
    case resize
    /// Ctrl-Z: stop the tutor until the shell continues it (raw mode delivers it as a key, not as SIGTSTP).
    case suspend
    /// The mouse did something (`KEY_MOUSE`): the event is read with `getmouse`.
    case mouse
    /// Input the tutor has no use for (unknown key codes, stray control characters).
    case ignored
}
