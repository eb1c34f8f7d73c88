import ArgumentParser
import CNNLessons
import TutorCore

/// `cnn-tutor` / `cnn-tutor menu`: the full-screen tutor on its built-in lessons.
struct MenuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "menu", abstract: "Open the full-screen tutor on the built-in lessons (the default).")

    @OptionGroup var display: DisplayOptions

    mutating func run() throws {
        let lessons = BuiltinLessons.all()
        try InteractiveSession.run({ TutorState(lessons: lessons, size: $0, progress: $1) }, display: display)
    }
}
