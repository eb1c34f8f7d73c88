import ArgumentParser

/// The entry point. The ways a student opens the tutor (`cnn-tutor`, `cnn-tutor play LESSON`) skip the argument
/// parser so the first frame comes sooner (see `QuickLaunch`); everything else is parsed.
@main
enum Main {
    static func main() {
        guard let launch = QuickLaunch(Array(CommandLine.arguments.dropFirst())) else {
            CNNTutor.main()
            return
        }
        do {
            try launch.open()
        } catch {
            CNNTutor.exit(withError: error)
        }
    }
}

/// The `cnn-tutor` command: a terminal tutor for how convolutional networks compute.
struct CNNTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cnn-tutor",
        abstract: "A terminal tutor that animates how convolutional neural networks compute, forward and backward.",
        discussion: """
            With no subcommand, opens the tutor on its built-in lessons (the `menu` subcommand). Lessons are \
            YAML files (see lessons/README.md); a LESSON argument is a file path or a built-in id. Shell \
            completions: `cnn-tutor --generate-completion-script bash|zsh|fish` (see the README).
            """,
        version: Version.current,
        subcommands: [
            MenuCommand.self, PlayCommand.self, ListCommand.self, CheckCommand.self, ExportCommand.self,
            CodeCommand.self, ProgressCommand.self, WorksheetCommand.self, GenerateCommand.self, GradeCommand.self, TrainCommand.self,
            DigitCommand.self, DrawCommand.self,
        ],
        defaultSubcommand: MenuCommand.self
    )
}
