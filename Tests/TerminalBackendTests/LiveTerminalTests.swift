import Foundation
import Testing

@testable import TerminalBackend

/// The self-test on a real terminal. Off by default: `TmuxSessionTests` starts this test binary inside tmux
/// with `CNN_TUTOR_LIVE_TERMINAL=1` and drives it with keys, resizes and signals, reading the pane.
struct LiveTerminalTests {
    /// Set when a tmux test started this process on a real pane.
    static let isLive = ProcessInfo.processInfo.environment["CNN_TUTOR_LIVE_TERMINAL"] != nil

    @Test(.enabled(if: isLive, "runs only inside tmux, started by TmuxSessionTests"))
    func selfTestOnARealTerminal() {
        let useColor = ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        do {
            let ending = try runBackendSelfTest(options: TerminalOptions(useColor: useColor))
            report("self-test ended: \(ending)")
        } catch {
            report("self-test failed: \(error.description)")
        }
    }

    /// One line on standard error, which is the pane's terminal even when standard output is piped.
    private func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
