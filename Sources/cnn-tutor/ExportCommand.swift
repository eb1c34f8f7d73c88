import AtomicFiles
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
        discussion: """
            Without -o the transcript goes to standard output. With -o it is written atomically and an existing file is \
            never replaced unless --force is given. Warnings, and expected values the engine computes differently, are \
            printed on standard error; the transcript (which shows the computed values) is written all the same.
            """)

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
        let glyphs: Glyphs = ascii ? .ascii : .unicode
        let parsed = try LessonLoading.readOrExit(lesson)
        warn(about: parsed, glyphs: glyphs)
        let text = Transcript(lesson: parsed.lesson, glyphs: glyphs).render(format)
        guard let output else {
            Console.write(text)
            return
        }
        do {
            try AtomicFile.write(text, to: output, overwrite: force)
        } catch .exists(let path) {
            Console.error("cnn-tutor: \(path) already exists; use --force to replace it")
            throw ExitCode(1)
        } catch {
            Console.error("cnn-tutor: \(error)")
            throw ExitCode(1)
        }
    }

    /// Prints the lesson's warnings and, as warnings, its expected values that the engine computes differently.
    private func warn(about parsed: ParsedLesson, glyphs: Glyphs) {
        for warning in parsed.warnings { Console.error(glyphs.text(warning.description)) }
        _ = AnswerKeyReport.verify(parsed.lesson, glyphs: glyphs, severity: .warning, aside: "; the transcript shows the computed values")
    }
}
