import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The tmux harness itself, proved on plain shell commands.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TmuxSessionTests {
    @Test func capturesWhatTheProgramPrints() throws {
        let session = try TmuxSession(command: ["sh", "-c", "printf 'hello from tmux'; sleep 30"], width: 40, height: 5)
        #expect(session.waitFor("hello from tmux"))
        #expect(!session.paneIsDead)
        #expect(session.exitStatus == nil)
    }

    @Test func reportsTheExitStatusAndKeepsTheLastScreen() throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo goodbye; exit 3"])
        #expect(session.waitForExit() == 3)
        #expect(session.capture().contains("goodbye"))
    }

    @Test func reportsTheStatusOfAPaneWhoseOwnProcessExits() throws {
        let session = try TmuxSession(shellCommand: "exit 4")
        #expect(session.waitForExit() == 4)
        #expect(session.paneIsDead)
    }

    @Test func findsTheProgramsProcess() throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo \"pid=$$\"; sleep 30"])
        #expect(session.waitFor("pid="))
        let pid = try #require(session.programPID)
        #expect(session.capture().contains("pid=\(pid)"))
        session.sendSignal(SIGTERM)
        #expect(session.waitForExit() == 128 + SIGTERM)
    }

    @Test func passesTheEnvironment() throws {
        let session = try TmuxSession(
            command: ["sh", "-c", "echo \"TERM=$TERM GREETING=$GREETING\"; sleep 30"],
            environment: ["TERM": "dumb", "GREETING": "it's here"]
        )
        #expect(session.waitFor("TERM=dumb GREETING=it's here"))
    }

    @Test func sendsKeyNames() throws {
        let session = try TmuxSession(command: ["sh", "-c", "read line; echo \"got:$line\"; sleep 30"])
        try session.sendKeys("a", "b", "c", "Enter")
        #expect(session.waitFor("got:abc"))
    }

    @Test func resizesThePane() throws {
        let session = try TmuxSession(command: ["sh", "-c", "read line; stty size; sleep 30"], width: 80, height: 24)
        #expect(session.paneSize?.width == 80 && session.paneSize?.height == 24)
        try session.resize(width: 50, height: 15)
        try session.sendKeys("Enter")
        #expect(session.waitFor("15 50"))
        #expect(session.paneSize?.width == 50 && session.paneSize?.height == 15)
    }

    @Test func seesTheAlternateScreenAndAttributes() throws {
        let script = "printf '\\033[?1049h\\033[7mreversed\\033[0m'; read line; printf '\\033[?1049l'; sleep 30"
        let session = try TmuxSession(command: ["sh", "-c", script])
        #expect(session.waitFor("reversed"))
        #expect(session.isAlternateScreenOn())
        #expect(session.captureWithAttributes().contains("\u{1B}[7mreversed"))
        try session.sendKeys("Enter")
        #expect(TmuxSession.waitUntil(timeout: .seconds(10)) { !session.isAlternateScreenOn() })
    }

    @Test func runsShellPipelines() throws {
        let session = try TmuxSession(shellCommand: "echo piped | tr a-z A-Z; sleep 30")
        #expect(session.waitFor("PIPED"))
    }

    @Test func killStopsThePrivateServer() throws {
        let session = try TmuxSession(command: ["sleep", "30"])
        #expect(session.panePID != nil)
        let socketPath = try #require(session.socketPath)
        #expect(FileManager.default.fileExists(atPath: socketPath))
        session.kill()
        session.kill()
        #expect(throws: TmuxSession.Failure.self) {
            try TmuxSession.runTmux(["-L", session.socketName, "-f", "/dev/null", "has-session"])
        }
        #expect(!FileManager.default.fileExists(atPath: socketPath))
    }

    @Test func findsTheBuiltBinary() throws {
        let binary = try #require(TmuxSession.cnnTutorBinary)
        #expect(FileManager.default.isExecutableFile(atPath: binary.path))
    }
}

extension TmuxSessionTests {
    /// The terminal backend on a real pane: this test binary's `LiveTerminalTests` started inside tmux, until
    /// the CLI opens the terminal itself.
    @Suite(.enabled(if: TmuxSession.testRunnerExecutable != nil, "needs SwiftPM's Linux test runner"))
    struct LiveBackend {
        /// The runner command that runs only the live self-test.
        static func runnerCommand() throws -> [String] {
            let runner = try #require(TmuxSession.testRunnerExecutable)
            return [runner.path, "--testing-library", "swift-testing", "--filter", "LiveTerminalTests"]
        }

        /// The self-test in a pane, in a UTF-8 locale with colours allowed unless `environment` says otherwise.
        func start(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws -> TmuxSession {
            let defaults = ["CNN_TUTOR_LIVE_TERMINAL": "1", "LC_ALL": "C.UTF-8"]
            return try TmuxSession(
                command: Self.runnerCommand(), width: width, height: height,
                environment: defaults.merging(environment) { $1 }, unsetting: ["NO_COLOR"]
            )
        }

        /// The raw `capture-pane -e` line whose text, without escapes, is `text` after trimming.
        func attributedLine(_ text: String, in session: TmuxSession) -> String? {
            session.captureWithAttributes().split(separator: "\n").map(String.init).first { line in
                line.replacing(/\x1B\[[0-9;]*m/, with: "").trimmingCharacters(in: .whitespaces) == text
            }
        }

        /// Every SGR parameter in `text`: `"\e[0m\e[1;7m"` gives 0, 1 and 7.
        func sgrParameters(_ text: String) -> Set<Int> {
            Set(text.matches(of: /\x1B\[([0-9;]*)m/).flatMap { $0.1.split(separator: ";").compactMap { Int($0) } })
        }

        @Test func drawsEveryStyleWithItsAttributesOnTheAlternateScreen() throws {
            let session = try start()
            #expect(session.waitFor("backend self-test", timeout: .seconds(30)))
            #expect(session.isAlternateScreenOn())
            #expect(session.capture().contains("size 80x24 unicode yes colour yes"))
            #expect(session.capture().contains(String(repeating: "─", count: 80)))
            // SGR 1 bold, 2 dim, 4 underline, 7 reverse, 36 cyan.
            let expectations: [(String, Set<Int>)] = [
                ("window", [7]), ("current", [1, 7]), ("activeTerm", [1, 4]), ("winner", [1, 4]),
                ("padding", [2]), ("selected", [7]), ("status", [7]), ("title", [1, 36]),
            ]
            for (style, codes) in expectations {
                let line = try #require(attributedLine(style, in: session), "no line \(style)")
                #expect(sgrParameters(line).isSuperset(of: codes), "\(style): \(line.debugDescription)")
            }
        }

        @Test func decodesKeysAndQuitsCleanlyOnQ() throws {
            let session = try start()
            #expect(session.waitFor("last key: none", timeout: .seconds(30)))
            let keys: [(String, String)] = [
                ("Right", "right"), ("C-a", "control(\"a\")"), ("BTab", "backTab"),
                ("PPage", "pageUp"), ("Enter", "enter"), ("BSpace", "backspace"), ("é", "character(\"é\")"),
            ]
            for (name, shown) in keys {
                try session.sendKeys(name)
                #expect(session.waitFor("last key: \(shown)"), "key \(name)")
            }
            try session.sendKeys("q")
            #expect(session.waitFor("self-test ended: quit(TutorCore.Key.character(\"q\"))"))
            #expect(session.waitForExit() == 0)
            #expect(!session.isAlternateScreenOn())
        }

        @Test func ctrlCArrivesAsAKey() throws {
            let session = try start()
            #expect(session.waitFor("backend self-test", timeout: .seconds(30)))
            try session.sendKeys("C-c")
            #expect(session.waitFor("self-test ended: quit(TutorCore.Key.control(\"c\"))"))
            #expect(!session.isAlternateScreenOn())
        }

        @Test func redrawsForTheNewSizeWhenResized() throws {
            let session = try start()
            #expect(session.waitFor("size 80x24", timeout: .seconds(30)))
            try session.resize(width: 50, height: 15)
            #expect(session.waitFor("size 50x15"))
            #expect(session.capture().contains(String(repeating: "─", count: 50)))
            try session.resize(width: 12, height: 3)
            #expect(session.waitFor("size 12x3"))
            try session.resize(width: 70, height: 22)
            #expect(session.waitFor("size 70x22"))
            try session.sendKeys("q")
            #expect(session.waitForExit() == 0)
        }

        @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
        func restoresTheScreenOnATerminationSignal(signal: Int32) throws {
            let session = try start()
            #expect(session.waitFor("backend self-test", timeout: .seconds(30)))
            session.sendSignal(signal)
            #expect(session.waitFor("self-test ended: signal(\(signal))"))
            #expect(!session.isAlternateScreenOn())
        }

        @Test func drawsWithoutColourWhenNoColorIsSet() throws {
            let session = try start(environment: ["NO_COLOR": "1"])
            #expect(session.waitFor("colour no", timeout: .seconds(30)))
            #expect(sgrParameters(session.captureWithAttributes()).isDisjoint(with: 31...37))
            #expect(sgrParameters(attributedLine("window", in: session) ?? "").contains(7))
        }

        @Test func fallsBackToASCIIOutsideAUTF8Locale() throws {
            let session = try start(environment: ["LC_ALL": "C"])
            #expect(session.waitFor("unicode no", timeout: .seconds(30)))
            #expect(session.capture().contains(String(repeating: "-", count: 80)))
        }

        @Test func refusesADumbTerminalWithOneLine() throws {
            let session = try start(environment: ["TERM": "dumb"])
            #expect(session.waitFor("terminal type 'dumb' is unknown or cannot move the cursor", timeout: .seconds(30)))
            #expect(session.capture(joiningWrappedLines: true).contains("cnn-tutor export LESSON"))
            #expect(!session.isAlternateScreenOn())
        }

        @Test func refusesAnUnknownTerminalType() throws {
            let session = try start(environment: ["TERM": "no-such-terminal"])
            #expect(session.waitFor("terminal type 'no-such-terminal' is unknown", timeout: .seconds(30)))
            #expect(session.waitForExit() == 0)
            #expect(!session.isAlternateScreenOn())
        }

        @Test(.enabled(if: TmuxSession.executable(named: "tic") != nil, "tic (ncurses-bin) is not installed"))
        func refusesATerminalThatCannotMoveTheCursor() throws {
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("terminfo-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            let source = "nocup|a terminal without cursor addressing,\n\tam, cols#80, lines#24, bel=^G, cr=\\r,\n"
            try compileTerminfo(source, into: directory)
            let session = try start(environment: ["TERM": "nocup", "TERMINFO": directory.path])
            let message = "terminal type 'nocup' is unknown or cannot move the cursor"
            #expect(session.waitFor(message, timeout: .seconds(30)))
            #expect(!session.isAlternateScreenOn())
        }

        /// Compiles a terminfo source with `tic` into `directory`.
        func compileTerminfo(_ source: String, into directory: URL) throws {
            let tic = try #require(TmuxSession.executable(named: "tic"))
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let sourceFile = directory.appendingPathComponent("source.ti")
            try source.write(to: sourceFile, atomically: true, encoding: .utf8)
            let arguments = ["-x", "-o", directory.path, sourceFile.path]
            let result = try CleanProcess.run(tic.path, arguments: arguments, environment: [:])
            #expect(result.status == 0, "tic: \(result.errors)")
        }

        @Test func refusesPipedOutput() throws {
            let command = TmuxSession.envCommand(
                try Self.runnerCommand(), environment: ["CNN_TUTOR_LIVE_TERMINAL": "1"]
            )
            let session = try TmuxSession(shellCommand: "\(command) | cat; sleep 30")
            #expect(session.waitFor("standard input or output is not a terminal", timeout: .seconds(30)))
        }
    }
}

extension TmuxSessionTests {

    /// The real `cnn-tutor` refusing terminals it cannot draw on.
    @Suite
    struct CLI {
        @Test func refusesADumbTerminalWithAClearErrorAndAFailureStatus() throws {
            let binary = try #require(TmuxSession.cnnTutorBinary)
            let session = try TmuxSession(command: [binary.path], environment: ["TERM": "dumb"])
            #expect(session.waitFor("cnn-tutor export LESSON"))
            #expect(session.capture().contains("'dumb'"))
            let status = try #require(session.waitForExit())
            #expect(status != 0)
        }

        @Test func refusesPipedOutputWithAClearError() throws {
            let binary = try #require(TmuxSession.cnnTutorBinary)
            let session = try TmuxSession(shellCommand: "\(TmuxSession.shellQuoted(binary.path)) | cat; sleep 30")
            #expect(session.waitFor("not a terminal"))
            #expect(session.capture(joiningWrappedLines: true).contains("cnn-tutor export LESSON"))
        }
    }
}
