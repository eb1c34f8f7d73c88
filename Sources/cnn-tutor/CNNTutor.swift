import ArgumentParser

/// The `cnn-tutor` command: a terminal tutor for how convolutional networks compute.
@main
struct CNNTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cnn-tutor",
        abstract: "A terminal tutor that animates how convolutional neural networks compute, forward and backward.",
        discussion: """
            With no subcommand, opens the tutor on its built-in lessons (the `menu` subcommand). Lessons are \
            YAML files (see lessons/README.md); a LESSON argument is a file path or a built-in id.
            """,
        subcommands: [
            MenuCommand.self, PlayCommand.self, ListCommand.self, CheckCommand.self, ExportCommand.self,
            CodeCommand.self, ProgressCommand.self,
        ],
        defaultSubcommand: MenuCommand.self
    )
}
