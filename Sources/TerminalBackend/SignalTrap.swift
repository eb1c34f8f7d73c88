import CNCursesw

/// The C handlers that record SIGINT, SIGTERM and SIGHUP, and SIGTSTP, in flags the input loop polls.
enum SignalTrap {
    /// Clears the flags and installs the handlers; false if `sigaction` failed.
    @discardableResult
    static func install() -> Bool {
        let termination = cnn_install_termination_handlers() == 0
        return cnn_install_stop_handler() == 0 && termination
    }

    /// Restores the default actions (terminate; stop for SIGTSTP).
    static func restore() {
        _ = cnn_restore_termination_handlers()
        _ = cnn_restore_stop_handler()
    }

    /// Whether a SIGTSTP (a stop asked from outside) arrived and waits to be acted on.
    static var stopRequested: Bool { cnn_stop_requested() != 0 }

    /// Stops the process as job control expects and returns when it is continued. Curses must be left first.
    static func stopUntilContinued() {
        cnn_stop_until_continued()
    }

    /// The termination signal received since `install`, if any; it stays set until `clear`.
    static var pending: Int32? {
        let number = cnn_pending_termination_signal()
        return number == 0 ? nil : Int32(number)
    }

    /// Forgets a received signal.
    static func clear() {
        cnn_clear_termination_signal()
    }
}
