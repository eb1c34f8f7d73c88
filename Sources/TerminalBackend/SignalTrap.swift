import CNCursesw

/// The C handlers that record SIGINT, SIGTERM and SIGHUP in a flag the input loop polls.
enum SignalTrap {
    /// Clears the flag and installs the handlers; false if `sigaction` failed.
    @discardableResult
    static func install() -> Bool {
        cnn_install_termination_handlers() == 0
    }

    /// Restores the default (terminating) actions.
    static func restore() {
        _ = cnn_restore_termination_handlers()
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
