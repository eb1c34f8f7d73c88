import ArgumentParser
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText
import TerminalBackend
import TutorCore
import TutorRendering

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
        guard plain else {
            try Self.open(lesson, practice: practice ? PracticeState(every: every) : nil, display: display.display)
            return
        }
        let loaded = try LessonLoading.loadOrExit(lesson)
        let glyphs: Glyphs = display.ascii ? .ascii : .unicode
        if practice {
            var session = PlainPractice(lesson: loaded, glyphs: glyphs, every: every)
            session.run()
        } else {
            PlainPlayer.run(loaded, glyphs: glyphs, wait: !noWait)
        }
    }

    /// Opens the lesson named by `argument` full screen, asking for cells when `practice` is given; also the
    /// quick path of `cnn-tutor play LESSON`. The lesson is read on a second thread while this one reads the
    /// progress file, the menu behind the lesson and the tables every first frame needs, and a bad lesson is
    /// reported before the terminal is touched; then the lesson's player (its first phases computed) is set up on
    /// the second thread while this one opens the terminal. Opening it calls `setlocale`, which no other thread
    /// may race with a read of the C locale: setting up a player runs only modules that import neither Foundation
    /// nor Glibc (LessonPractice's one Foundation import is for `exp`), so keep it that way.
    static func open(_ argument: String, practice: PracticeState?, display: Display) throws {
        let reading = BackgroundWork { LessonLoading.library.read(argument) }
        let saved = InteractiveSession.SavedProgress.load()
        let menu = MenuState.builtin
        Renderer.prepareTables()
        Terminal.prepareTables()
        let lesson = try LessonLoading.lessonOrExit(reading.value)
        let player = BackgroundWork { PlayerState(lesson: lesson, practice: practice) }
        try InteractiveSession.run(
            { size, progress in TutorState(showing: player.value, menu: menu, size: size, progress: progress) },
            display: display, saved: saved)
    }
}
