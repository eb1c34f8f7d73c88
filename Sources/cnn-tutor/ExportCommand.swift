import AtomicFiles
import ArgumentParser
import Foundation
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
        discussion: "Without -o the transcript goes to standard output. With -o it is written atomically and an existing file "
            + "is never replaced unless --force is given. With --format markdown, --pictures DIR also writes the input and every "
            + "result as PNG files into DIR and links them from the transcript.")

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

    @Option(help: "With --format markdown: write the input and every result as PNG files into this folder and link them.")
    var pictures: String?

    mutating func validate() throws {
        if pictures != nil && format != .markdown { throw ValidationError("--pictures needs --format markdown") }
    }

    mutating func run() throws {
        let loaded = try LessonLoading.loadOrExit(lesson)
        var transcript = Transcript(lesson: loaded, glyphs: ascii ? .ascii : .unicode)
        if let pictures {
            // Refuse before writing any picture, rather than leave pictures beside a transcript never written.
            if let output, !force, FileManager.default.fileExists(atPath: output) {
                Console.error("cnn-tutor: \(output) already exists; use --force to replace it")
                throw ExitCode(1)
            }
            do {
                transcript.pictures = try PictureExport.write(
                    loaded, to: pictures, transcriptPath: output, overwrite: force, glyphs: transcript.glyphs)
            } catch {
                Console.error("cnn-tutor: \(error)")
                throw ExitCode(1)
            }
        }
        let text = transcript.render(format)
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
}
