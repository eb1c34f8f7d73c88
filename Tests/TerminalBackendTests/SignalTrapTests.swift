import Glibc
import Testing

@testable import TerminalBackend

struct SignalTrapTests {
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
}
