import ArgumentParser
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText

extension TranscriptFormat: ExpressibleByArgument {}

/// `cnn-tutor export`: a lesson's step-by-step transcript.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a lesson's step-by-step transcript (text, markdown or json).",
        discussion: "Without -o the transcript goes to standard output. With -o it is written atomically and an existing file is never replaced unless --force is given.")

    @Argument(help: "A lesson file or built-in id.")
    var lesson: String

    @Option(help: "text, markdown or json.")
    var format: TranscriptFormat = .text

    @Option(name: [.short, .customLong("output")], help: "Write to this path instead of standard output.")
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    @Flag(help: "Write only ASCII characters (text and markdown).")
    var ascii = false

    mutating func run() throws {
        let loaded = try LessonLoading.loadOrExit(lesson)
        let text = Transcript(lesson: loaded, glyphs: ascii ? .ascii : .unicode).render(format)
        try OutputFile.write(text, to: output, force: force)
    }
}
