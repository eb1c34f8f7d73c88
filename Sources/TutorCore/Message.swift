import LessonCode
import LessonModel
import LessonPractice
import LessonText

/// Everything that can happen to the tutor: input from the student, time, and results of effects.
public enum Message: Sendable {
    /// A key press.
    case key(Key)
    /// An animation tick scheduled with `Effect.scheduleTick`; stale generations are ignored.
    case tick(generation: Int)
    /// The terminal changed size.
    case resize(TerminalSize)
    /// A lesson file requested with `Effect.loadLesson` was read (or not).
    case lessonLoaded(path: String, Result<Lesson, LessonLoadFailure>)
    /// A transcript requested with `Effect.exportTranscript` was written (or not).
    case exportFinished(ExportOutcome)
    /// The built-in lessons, parsed after the first frame so start-up draws at once.
    case lessonsParsed([Lesson])
}

/// How an export ended.
public enum ExportOutcome: Sendable, Equatable {
    /// Written to this path.
    case written(String)
    /// Not written: the file exists and overwriting was not asked for.
    case exists(String)
    /// Not written, for this reason.
    case failed(String)
}

/// What the tutor asks the outside world to do; plain data, carried out by the runtime.
public enum Effect: Sendable, Equatable {
    /// Deliver `.tick(generation:)` after this many milliseconds.
    case scheduleTick(generation: Int, afterMilliseconds: Int)
    /// Read and parse a lesson file, then deliver `.lessonLoaded`.
    case loadLesson(path: String)
    /// Write a transcript, then deliver `.exportFinished`.
    case exportTranscript(ExportRequest)
    /// Save a lesson's progress (merged over what is on disk).
    case saveProgress(id: String, LessonProgress)
    /// Leave the tutor and restore the terminal.
    case quit
}

/// A transcript to write.
public struct ExportRequest: Sendable, Equatable {
    /// The lesson.
    public let lesson: Lesson
    /// Where to write it.
    public let path: String
    /// text, markdown or json (from the path's extension).
    public let format: TranscriptFormat
    /// Whether an existing file may be replaced.
    public let overwrite: Bool

    /// Creates a request.
    public init(lesson: Lesson, path: String, format: TranscriptFormat, overwrite: Bool) {
        self.lesson = lesson
        self.path = path
        self.format = format
        self.overwrite = overwrite
    }

    /// Compares by lesson id, path, format and overwrite.
    public static func == (lhs: ExportRequest, rhs: ExportRequest) -> Bool {
        lhs.lesson.id == rhs.lesson.id && lhs.path == rhs.path && lhs.format == rhs.format && lhs.overwrite == rhs.overwrite
    }

    /// The format a path's extension asks for: `.md` markdown, `.json` json, anything else text.
    public static func format(forPath path: String) -> TranscriptFormat {
        if path.hasSuffix(".md") || path.hasSuffix(".markdown") { return .markdown }
        if path.hasSuffix(".json") { return .json }
        return .text
    }
}

/// Why a lesson file could not be opened, as the runtime reports it (file, line, column and message).
public struct LessonLoadFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The whole report; the status line shows its first line.
    public let description: String

    /// Creates a failure with its report.
    public init(_ description: String) {
        self.description = description
    }
}
