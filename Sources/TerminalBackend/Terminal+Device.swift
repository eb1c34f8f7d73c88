import TutorRuntime

/// The ncurses terminal is what the tutor's event loop runs on (`TutorRuntime`).
extension Terminal: TerminalDevice {}
