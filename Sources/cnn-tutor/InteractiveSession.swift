import ArgumentParser
import Foundation
import TerminalBackend
import TutorCore
import TutorProgress
import TutorRendering
import TutorRuntime

/// Display options shared by the commands that open the full-screen tutor.
struct DisplayOptions: ParsableArguments {
    @Flag(help: "Draw without colour (also when the NO_COLOR environment variable is set).")
    var noColor = false

    @Flag(help: "Draw only ASCII characters, even in a UTF-8 terminal.")
    var ascii = false

    /// What the flags ask for.
    var display: Display { Display(noColor: noColor, ascii: ascii) }
}

/// How to draw: with or without colour, Unicode or ASCII only.
struct Display {
    /// --no-color was given.
    var noColor = false
    /// --ascii was given.
    var ascii = false

    /// Whether to draw colour: not with --no-color, not when NO_COLOR is set to anything.
    var useColor: Bool {
        !noColor && (InteractiveSession.environment["NO_COLOR"] ?? "").isEmpty
    }
}

/// Opens the terminal, runs the tutor and turns how it ended into an exit status.
enum InteractiveSession {
    /// The process environment, read once: `ProcessInfo.environment` builds a new dictionary of every variable
    /// on each call, and opening the tutor asks three times.
    static let environment = ProcessInfo.processInfo.environment

    /// The progress store for this user.
    static var progressStore: ProgressStore {
        ProgressStore(directory: ProgressStore.defaultDirectory(environment: environment))
    }

    /// The terminal opened for full-screen use, or its one-line reason on standard error and exit status 1.
    static func openTerminal(_ display: Display) throws -> Terminal {
        do {
            return try Terminal.open(options: TerminalOptions(useColor: display.useColor))
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    /// What the progress store held when the session began, with the store to save to.
    struct SavedProgress {
        let store: ProgressStore
        let progress: [String: LessonProgress]
        /// Why the file could not be used, if it could not.
        let warning: String?

        /// Reads this user's progress file.
        static func load() -> SavedProgress {
            let store = progressStore
            let (progress, warning) = store.load()
            return SavedProgress(store: store, progress: progress, warning: warning)
        }
    }

    /// Runs the tutor from `state` (given the terminal size and saved progress); exits non-zero with a
    /// one-line message when no terminal can be used.
    static func run(
        _ makeState: (TerminalSize, [String: LessonProgress]) -> TutorState, display: Display,
        saved: SavedProgress = .load()
    ) throws {
        let (store, progress, warning) = (saved.store, saved.progress, saved.warning)
        let terminal = try openTerminal(display)
        let options = (terminal.unicode && !display.ascii ? RenderOptions.unicode : .ascii).picturing(terminal.pictureStyle)
        var state = makeState(terminal.size, progress)
        state.paths = PathContext(
            home: environment["HOME"], workingDirectory: FileManager.default.currentDirectoryPath)
        if let warning { state.notice = .init(warning, isError: true) }
        let runtime = TutorRuntime(
            terminal: terminal, clock: SystemClock(), state: state, options: options,
            handlers: .live(progressStore: store, glyphs: options.glyphs))
        let ending = runtime.run()
        for line in [warning].compactMap({ $0 }) + runtime.saveProblems.map({ "cnn-tutor: \($0)" }) { Console.error(line) }
        switch ending {
        case .quit:
            return
        case .signal(let number):
            throw ExitCode(128 + number)
        }
    }
}
