import ArgumentParser
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText
import TutorCore

/// `cnn-tutor play`: one lesson, full screen.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play", abstract: "Open one lesson (a file or a built-in id) in the full-screen tutor.")

    @Argument(help: "A lesson file or built-in id.")
    var lesson: String

    @OptionGroup var display: DisplayOptions

    @Flag(help: "Practice: stop before each output cell and ask for its value (with --plain, read from standard input).")
    var practice = false

    @Option(help: "In practice mode, ask every n-th cell of each phase.")
    var every = 1

    @Flag(help: "Plain narrated mode: one line per step, no full screen and no colour (for screen readers and logs).")
    var plain = false

    @Flag(help: "With --plain, do not wait for Enter after each step.")
    var noWait = false

    mutating func run() throws {
        guard every >= 1 else { throw ValidationError("--every must be at least 1") }
        let loaded = try LessonLoading.loadOrExit(lesson)
        if plain {
            let glyphs: Glyphs = display.ascii ? .ascii : .unicode
            if practice {
                var session = PlainPractice(lesson: loaded, glyphs: glyphs, every: every)
                session.run()
            } else {
                PlainPlayer.run(loaded, glyphs: glyphs, wait: !noWait)
            }
            return
        }
        try Self.open(lesson: loaded, practice: practice ? PracticeState(every: every) : nil, display: display.display)
    }

    /// Opens a loaded lesson full screen, asking for cells when `practice` is given; also the quick path of
    /// `cnn-tutor play LESSON`.
    static func open(lesson: Lesson, practice: PracticeState?, display: Display) throws {
        try InteractiveSession.run(
            { size, progress in
                TutorState(playing: lesson, menu: .builtin, size: size, practice: practice, progress: progress)
            }, display: display)
    }
}
