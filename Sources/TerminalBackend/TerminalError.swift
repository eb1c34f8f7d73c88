/// Why the interactive terminal could not be started; each message is one line and names the alternative.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or standard output is not a terminal (piped, redirected or detached).
    case notATerminal
    /// `TERM` is unset, unknown, or names a terminal that cannot move the cursor (such as `dumb`).
    case unsupportedTerminal(term: String)

    /// The one-line message to print on standard error before exiting with a non-zero status.
    public var description: String {
        switch self {
        case .notATerminal:
            return "cnn-tutor: standard input or output is not a terminal; "
                + "use `cnn-tutor play LESSON --plain` or `cnn-tutor export LESSON` for a transcript"
        case .unsupportedTerminal(let term) where term.isEmpty:
            return "cnn-tutor: TERM is not set, so the terminal cannot be drawn on; "
                + "set TERM (e.g. xterm-256color), or use `cnn-tutor play LESSON --plain` or `cnn-tutor export LESSON`"
        case .unsupportedTerminal(let term):
            return "cnn-tutor: terminal type '\(term)' is unknown or cannot move the cursor; "
                + "use a full-screen terminal (e.g. TERM=xterm-256color), `cnn-tutor play LESSON --plain` or `cnn-tutor export LESSON`"
        }
    }
}
