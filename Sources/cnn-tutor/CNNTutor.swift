import ArgumentParser
import CNCursesw
import CNNEngine

/// The `cnn-tutor` command: a terminal tutor for how convolutional networks compute.
@main
struct CNNTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cnn-tutor",
        abstract: "A terminal tutor that animates how convolutional neural networks compute, forward and backward."
    )

    mutating func run() throws {
        print("cnn-tutor: the interactive tutor is not built yet.")
    }
}
