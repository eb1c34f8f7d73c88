import Glibc
import Testing

@testable import TerminalBackend

/// Serialized: the handlers and their flags are process-wide.
@Suite(.serialized) struct SignalTrapTests {
    @Test func recordsATerminationSignalUntilCleared() {
        #expect(SignalTrap.install())
        defer { SignalTrap.restore() }
        #expect(SignalTrap.pending == nil)
        raise(SIGHUP)
        #expect(SignalTrap.pending == SIGHUP)
        #expect(SignalTrap.pending == SIGHUP)
        SignalTrap.clear()
        #expect(SignalTrap.pending == nil)
    }

    @Test func recordsAStopAskedFromOutsideInsteadOfStopping() {
        #expect(SignalTrap.install())
        defer { SignalTrap.restore() }
        #expect(!SignalTrap.stopRequested)
        raise(SIGTSTP)
        #expect(SignalTrap.stopRequested)
        // Stopping for real needs a shell to continue the process: the tmux test covers it.
    }
}
