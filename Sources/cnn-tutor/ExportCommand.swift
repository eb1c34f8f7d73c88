import ArgumentParser
import Foundation
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonRecording
import LessonText
import TutorCore
import TutorRendering

/// What `export` writes: a transcript format, or a recording of the player.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    /// Plain text transcript.
    case text
    /// Markdown transcript.
    case markdown
    /// JSON transcript.
    case json
    /// An asciinema v2 recording of the lesson playing.
    case asciicast

    /// The transcript format, or nil for a recording.
    var transcript: TranscriptFormat? {
        switch self {
        case .text: return .text
        case .markdown: return .markdown
        case .json: return .json
        case .asciicast: return nil
        }
    }
}

/// `cnn-tutor export`: a lesson's step-by-step transcript, or a recording of it playing.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a lesson's step-by-step transcript (text, markdown or json) or a recording of it playing (asciicast).",
        discussion: """
            Without -o the output goes to standard output. With -o it is written atomically and an existing file is \
            never replaced unless --force is given. Warnings, and expected values the engine computes differently, are \
            printed on standard error; the transcript (which shows the computed values) is written all the same. \
            --format asciicast records the frames the player draws as the lesson plays from start to end (asciinema v2: \
            `asciinema play FILE`), at --speed and --size. With --format markdown, --pictures DIR also writes the input \
            and every result as PNG files into DIR and links them from the transcript.
            """)

    @Argument(help: "A lesson file or built-in id.")
    var lesson: String

    @Option(help: "text, markdown, json or asciicast.")
    var format: ExportFormat = .text

    @OptionGroup var destination: OutputOptions

    @Flag(help: "Write only ASCII characters (text, markdown and asciicast).")
    var ascii = false

    @Option(help: "asciicast: the player's speed, 1 (slowest) to \(Speed.intervals.count), as the player shows it.")
    var speed = Speed.defaultLevel + 1

    @Option(help: "asciicast: the terminal's size, COLUMNSxROWS (at least \(Renderer.minimumSize.width)x\(Renderer.minimumSize.height)).")
    var size = "80x24"

    @Flag(help: "asciicast: record without colour (the attribute cues stay).")
    var noColor = false

    @Option(help: "With --format markdown: write the input and every result as PNG files into this folder and link them.")
    var pictures: String?

    mutating func validate() throws {
        if pictures != nil && format != .markdown { throw ValidationError("--pictures needs --format markdown") }
        guard (1...Speed.intervals.count).contains(speed) else {
            throw ValidationError("--speed must be between 1 and \(Speed.intervals.count)")
        }
        guard Self.terminalSize(size) != nil else {
            let minimum = "\(Renderer.minimumSize.width)x\(Renderer.minimumSize.height)"
            throw ValidationError("--size must be COLUMNSxROWS, at least \(minimum), e.g. 100x30")
        }
    }

    mutating func run() throws {
        let glyphs: Glyphs = ascii ? .ascii : .unicode
        let parsed = try LessonLoading.readOrExit(lesson)
        warn(about: parsed, glyphs: glyphs)
        guard let transcript = format.transcript else {
            try record(parsed.lesson)
            return
        }
        var document = Transcript(lesson: parsed.lesson, glyphs: glyphs)
        if let pictures { document.pictures = try writePictures(of: parsed.lesson, into: pictures, glyphs: glyphs) }
        try OutputFile.write(document.render(transcript), destination)
    }

    /// The lesson's pictures written into `folder` (before the transcript, which links them); refuses before
    /// writing any when the transcript's file exists and may not be replaced.
    private func writePictures(of lesson: Lesson, into folder: String, glyphs: Glyphs) throws -> TranscriptPictures {
        if let output = destination.output, !destination.force, FileManager.default.fileExists(atPath: output) {
            Console.error("cnn-tutor: \(output) already exists; use --force to replace it")
            throw ExitCode(1)
        }
        do {
            return try PictureExport.write(
                lesson, to: folder, transcriptPath: destination.output, overwrite: destination.force, glyphs: glyphs)
        } catch {
            Console.error("cnn-tutor: \(error)")
            throw ExitCode(1)
        }
    }

    private func record(_ lesson: Lesson) throws {
        let options = RecordingOptions(
            size: Self.terminalSize(size) ?? Renderer.minimumSize, speedLevel: speed - 1, color: !noColor,
            render: ascii ? .ascii : .unicode)
        let (text, complete) = Asciicast(lesson: lesson, options: options).render()
        if !complete { Console.error("cnn-tutor: note: the recording stops after \(options.limitMilliseconds / 60_000) minutes") }
        try OutputFile.write(text, destination)
    }

    /// `100x30` as a size, or nil when it is not one or is smaller than the player's minimum.
    static func terminalSize(_ text: String) -> TerminalSize? {
        let parts = text.lowercased().split(separator: "x").map { Int($0) }
        guard parts.count == 2, let width = parts[0], let height = parts[1], width >= Renderer.minimumSize.width,
            height >= Renderer.minimumSize.height, width <= 1000, height <= 1000
        else { return nil }
        return TerminalSize(width: width, height: height)
    }

    /// Prints the lesson's warnings and, as warnings, its expected values that the engine computes differently.
    private func warn(about parsed: ParsedLesson, glyphs: Glyphs) {
        for warning in parsed.warnings { Console.error(glyphs.text(warning.description)) }
        _ = AnswerKeyReport.verify(parsed.lesson, glyphs: glyphs, severity: .warning, aside: "; the transcript shows the computed values")
    }
}
