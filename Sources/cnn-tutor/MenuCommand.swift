import ArgumentParser
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText
import TutorCore

/// `cnn-tutor` / `cnn-tutor menu`: the full-screen tutor on its built-in lessons.
struct MenuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "menu", abstract: "Open the full-screen tutor on the built-in lessons (the default).")

    @OptionGroup var display: DisplayOptions

    mutating func run() throws {
        try Self.open(display: display.display)
    }

    /// Opens the menu; also the fast path of a bare `cnn-tutor`, which skips argument parsing.
    static func open(display: Display) throws {
        try InteractiveSession.run({ TutorState(menu: .builtin, size: $0, progress: $1) }, display: display)
    }
}
