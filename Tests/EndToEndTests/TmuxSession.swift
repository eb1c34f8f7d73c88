import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Drives a real program in a detached tmux session on a private server (`tmux -L`), so tests never touch
/// the user's own tmux. Every query polls with a deadline; nothing sleeps and then asserts.
final class TmuxSession {
    /// A tmux command that failed.
    struct Failure: Error, CustomStringConvertible {
        /// The arguments given to tmux.
        let arguments: [String]
        /// What tmux printed on standard error.
        let message: String
        /// One line for test output.
        var description: String { "tmux \(arguments.joined(separator: " ")) failed: \(message)" }
    }

    /// Whether `tmux` is on the PATH; tests that need it are skipped with a message when it is not.
    static let isAvailable = executable(named: "tmux") != nil

    /// How often waits look again.
    static let pollInterval: Duration = .milliseconds(20)

    /// What the holding shell prints when the program exits, followed by the status and `]`.
    static let exitMarker = "[program exited with status "

    /// The private server's socket name (`tmux -L`).
    let socketName: String
    /// The session (and target) name.
    let sessionName = "e2e"
    /// Whether `kill()` has run.
    private(set) var isKilled = false
    /// The server's socket file, which tmux leaves behind when it exits (removed by `kill()`).
    private(set) var socketPath: String?

    /// Starts `command` (an argument vector) in a `width`×`height` pane with extra `environment` and without the
    /// variables named in `unsetting`. A shell holds the pane: when the program exits it prints `exitMarker` and
    /// the status, then sleeps. (If the pane's first process exits, the kernel hangs up the terminal and drops
    /// output tmux has not read yet, such as a one-line error printed just before exiting.)
    convenience init(
        command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
        unsetting: [String] = []
    ) throws {
        let program = Self.envCommand(command, environment: environment, unsetting: unsetting)
        let report = "printf '\\n\(Self.exitMarker)%d]\\n' \"$?\""
        try self.init(shellCommand: "\(program); \(report); exec sleep infinity", width: width, height: height)
    }

    /// Starts a shell command line (pipelines allowed) in a `width`×`height` pane, as given: end it with a wait
    /// (`; sleep 30`) when its last output matters. A pane whose process exits stays (`remain-on-exit`), so
    /// `paneIsDead` and `exitStatus` can be read.
    init(shellCommand: String, width: Int = 80, height: Int = 24) throws {
        socketName = "cnn-tutor-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        try run([
            "set-option", "-g", "remain-on-exit", "on", ";",
            "new-session", "-d", "-x", String(width), "-y", String(height), "-s", sessionName, shellCommand,
        ])
        socketPath = format("#{socket_path}")
    }

    deinit {
        kill()
    }

    /// Sends tmux key names, e.g. `"Right"`, `"C-c"`, `"q"`, `"Enter"`.
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", sessionName] + keys)
    }

    /// Copies everything the pane's program sends to the terminal from now on, escape sequences and all, to the
    /// file at `path` (`pipe-pane`).
    func pipeOutput(to path: String) throws {
        try run(["pipe-pane", "-o", "-t", sessionName, "cat >> \(Self.shellQuoted(path))"])
    }

    /// The pane's text, one line per row; with `joiningWrappedLines`, a line the terminal wrapped is one line.
    func capture(joiningWrappedLines: Bool = false) -> String {
        let join = joiningWrappedLines ? ["-J"] : []
        return (try? run(["capture-pane", "-p"] + join + ["-t", sessionName])) ?? ""
    }

    /// The pane's text with SGR escape sequences for attributes and colours (`capture-pane -e`).
    func captureWithAttributes() -> String {
        (try? run(["capture-pane", "-p", "-e", "-t", sessionName])) ?? ""
    }

    /// Resizes the window (the program receives SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", sessionName, "-x", String(width), "-y", String(height)])
    }

    /// Types a mouse event into the pane as xterm reports it in SGR mode (what xterm-256color's terminfo asks
    /// for): button code `button` (0 the main button, 2 the other; plus 32 for a move, 35 a move with no button)
    /// pressed, or released when `release`, at the 0-based cell (`column`, `row`).
    func sendMouse(button: Int, column: Int, row: Int, release: Bool = false) throws {
        let report = "\u{1B}[<\(button);\(column + 1);\(row + 1)" + (release ? "m" : "M")
        try run(["send-keys", "-t", sessionName, "-l", report])
    }

    /// Whether the program asked the terminal to report the mouse (any of xterm's mouse modes).
    func isMouseReportingOn() -> Bool {
        format("#{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}").contains("1")
    }

    /// Whether the program has switched to the alternate screen (as curses does).
    func isAlternateScreenOn() -> Bool {
        format("#{alternate_on}") == "1"
    }

    /// Whether the pane's own process has exited (`init(command:)` panes stay held by their shell).
    var paneIsDead: Bool {
        format("#{pane_dead}") == "1"
    }

    /// The program's exit status once it has exited (from the holding shell's report, or from tmux for a pane
    /// whose own process exited), else nil.
    var exitStatus: Int32? {
        if let status = Self.reportedExitStatus(in: capture(joiningWrappedLines: true)) { return status }
        guard paneIsDead else { return nil }
        if let status = deadStatus() { return status }
        // Debian's tmux runs libutempter when a pane closes, which briefly resets SIGCHLD to the default;
        // a child that exits in that window stays unreaped. Any later child (run-shell) makes tmux reap it.
        _ = try? run(["run-shell", "true"])
        return deadStatus()
    }

    /// The pane's first process (the holding shell for `init(command:)`).
    var panePID: Int32? {
        Int32(format("#{pane_pid}"))
    }

    /// The program's process id: the holding shell's child (`env` execs the program), nil if not running.
    var programPID: Int32? {
        guard let shell = panePID else { return nil }
        let path = "/proc/\(shell)/task/\(shell)/children"
        let children = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return children.split(separator: " ").compactMap { Int32($0) }.first
    }

    /// The pane's size as tmux sees it.
    var paneSize: (width: Int, height: Int)? {
        let parts = format("#{pane_width} #{pane_height}").split(separator: " ").compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }

    /// Sends `signal` to the program started by `init(command:)`.
    func sendSignal(_ signal: Int32) {
        guard let pid = programPID else { return }
        #if canImport(Glibc)
            _ = Glibc.kill(pid, signal)
        #else
            _ = Darwin.kill(pid, signal)
        #endif
    }

    /// Polls the screen every 20 ms until it contains `text` (wrapped lines joined); false if `timeout` passes first.
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) -> Bool {
        Self.waitUntil(timeout: timeout) { capture(joiningWrappedLines: true).contains(text) }
    }

    /// Polls until the program exits; its exit status (128 + n if signal n ended it), nil if `timeout` passes first.
    func waitForExit(timeout: Duration = .seconds(10)) -> Int32? {
        var status: Int32?
        _ = Self.waitUntil(timeout: timeout) {
            status = exitStatus
            return status != nil
        }
        return status
    }

    /// Stops the private tmux server and everything in it; safe to call twice.
    func kill() {
        guard !isKilled else { return }
        isKilled = true
        _ = try? run(["kill-server"])
        if let socketPath, !socketPath.isEmpty { try? FileManager.default.removeItem(atPath: socketPath) }
    }

    /// Polls `condition` every 20 ms until it holds; false if `timeout` passes first.
    static func waitUntil(timeout: Duration, _ condition: () -> Bool) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: Double(pollInterval.components.attoseconds) / 1e18)
        }
        return condition()
    }

    /// A format (`display-message -p`) evaluated for the pane, e.g. `#{pane_dead}`.
    private func format(_ format: String) -> String {
        let output = (try? run(["display-message", "-p", "-t", sessionName, format])) ?? ""
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `#{pane_dead_status}`, nil while tmux has not reaped the program (or it died of a signal).
    private func deadStatus() -> Int32? {
        Int32(format("#{pane_dead_status}"))
    }

    /// Runs tmux on the private server with no configuration file; its standard output.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        try Self.runTmux(["-L", socketName, "-f", "/dev/null"] + arguments)
    }
}

extension TmuxSession {
    /// Runs the tmux client with `arguments` (outside any tmux the tests themselves run in); its standard output.
    static func runTmux(_ arguments: [String]) throws -> String {
        guard let tmux = executable(named: "tmux") else {
            throw Failure(arguments: arguments, message: "not installed")
        }
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" && $0.key != "TMUX_PANE" }
        let result = try CleanProcess.run(tmux.path, arguments: arguments, environment: environment)
        guard result.status == 0 else { throw Failure(arguments: arguments, message: result.errors) }
        return result.output
    }

    /// The first executable called `name` on the PATH.
    static func executable(named name: String) -> URL? {
        CleanProcess.executable(named: name)
    }

    /// The status in the last `exitMarker` line of `screen`, if any.
    static func reportedExitStatus(in screen: String) -> Int32? {
        guard let marker = screen.range(of: exitMarker, options: .backwards) else { return nil }
        return Int32(screen[marker.upperBound...].prefix { $0 != "]" })
    }

    /// `env [-u NAME]… NAME=value… command…`, every word quoted for `sh`.
    static func envCommand(
        _ command: [String], environment: [String: String] = [:], unsetting: [String] = []
    ) -> String {
        let removals = unsetting.flatMap { ["-u", $0] }
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return (["env"] + removals + assignments + command).map(shellQuoted).joined(separator: " ")
    }

    /// `text` in single quotes for `sh`.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension TmuxSession {
    /// The directory of the built products (where `swift build` put `cnn-tutor` and this test runner).
    static var productsDirectory: URL? {
        let runner = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let candidates = [runner.resolvingSymlinksInPath().deletingLastPathComponent(), Bundle.main.bundleURL]
        return (candidates + candidates.map { $0.deletingLastPathComponent() })
            .first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("cnn-tutor").path) }
    }

    /// The built `cnn-tutor` binary, found next to this test runner.
    static var cnnTutorBinary: URL? {
        productsDirectory?.appendingPathComponent("cnn-tutor")
    }

    /// This test runner's own executable, when it can be started directly to run one Swift Testing test
    /// (SwiftPM's Linux runner accepts `--testing-library swift-testing --filter NAME`).
    static var testRunnerExecutable: URL? {
        #if os(Linux)
            guard let runner = Bundle.main.executableURL, FileManager.default.isExecutableFile(atPath: runner.path) else {
                return nil
            }
            return runner
        #else
            return nil
        #endif
    }
}
