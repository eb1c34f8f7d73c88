import Foundation
import TestSupport

/// A scratch folder and environment for running the real `cnn-tutor`: its own progress store and working
/// directory, a UTF-8 locale and a capable TERM.
struct TutorFixture {
    /// The scratch folder (also the working directory), removed when the last copy of the fixture goes.
    let folder: TemporaryDirectory
    /// The binary under test.
    let binary: URL

    init() throws {
        guard let binary = TmuxSession.cnnTutorBinary else { throw FixtureError("cnn-tutor binary not found") }
        self.binary = binary
        folder = try TemporaryDirectory(prefix: "cnn-tutor-e2e")
    }

    /// The scratch folder's URL.
    var directory: URL { folder.url }

    /// The variables every run gets.
    var environment: [String: String] {
        [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_STATE_HOME": directory.path + "/state",
            "HOME": directory.path,
        ]
    }

    /// Starts `cnn-tutor arguments…` in a tmux pane, in the scratch folder. `NO_COLOR` is removed unless `extra`
    /// sets it: `swift test` sets it for its own output, and the tmux server would pass it on to the tutor.
    func tmux(_ arguments: [String], width: Int = 80, height: Int = 24, extra: [String: String] = [:]) throws -> TmuxSession {
        let program = TmuxSession.envCommand(
            [binary.path] + arguments, environment: environment.merging(extra) { $1 },
            unsetting: extra["NO_COLOR"] == nil ? ["NO_COLOR"] : [])
        let report = "printf '\\n\(TmuxSession.exitMarker)%d]\\n' \"$?\""
        return try TmuxSession(
            shellCommand: "cd \(TmuxSession.shellQuoted(directory.path)) && \(program); \(report); exec sleep infinity",
            width: width, height: height)
    }

    /// Runs `cnn-tutor arguments…` without a terminal and returns what it printed.
    func run(_ arguments: [String]) throws -> CleanProcess.Result {
        let script =
            "cd \(TmuxSession.shellQuoted(directory.path)) && exec \(TmuxSession.envCommand([binary.path] + arguments, environment: environment)) </dev/null"
        return try CleanProcess.run("/bin/sh", arguments: ["-c", script], environment: environment)
    }

    /// A file in the scratch folder.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    struct FixtureError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
