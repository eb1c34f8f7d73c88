import LessonModel
import LessonText
import TutorCore
import TutorRendering

/// A lesson playing, as an asciinema v2 recording (asciicast): a header line, then one `[seconds, "o", text]`
/// event per frame the player draws. It plays with `asciinema play` and embeds in course pages with
/// asciinema-player. The same lesson and options always give the same bytes (the header has no timestamp).
public struct Asciicast: Sendable {
    /// The lesson.
    public let lesson: Lesson
    /// Size, speed, colours and glyphs.
    public let options: RecordingOptions

    /// A recording of `lesson`.
    public init(lesson: Lesson, options: RecordingOptions = RecordingOptions()) {
        self.lesson = lesson
        self.options = options
    }

    /// The recording and whether it reaches the end of the lesson (false when `limitMilliseconds` cut it short).
    public func render() -> (text: String, complete: Bool) {
        let (frames, complete) = LessonPlayback.frames(of: lesson, options: options)
        let encoder = FrameEncoder(color: options.color)
        var lines = [header().serializedOnOneLine()]
        var previous: CellGrid?
        for frame in frames {
            let output = previous.map { encoder.change(from: $0, to: frame.grid) } ?? encoder.first(frame.grid)
            previous = frame.grid
            if !output.isEmpty { lines.append(Self.event(milliseconds: frame.milliseconds, output)) }
        }
        if let last = frames.last {
            lines.append(Self.event(milliseconds: last.milliseconds + options.holdMilliseconds, encoder.ending(last.grid)))
        }
        return (lines.joined(separator: "\n") + "\n", complete)
    }

    private func header() -> JSONValue {
        .object([
            ("version", .number(2)), ("width", .number(Double(options.size.width))),
            ("height", .number(Double(options.size.height))), ("title", .string(lesson.title)),
            ("env", .object([("TERM", .string("xterm-256color")), ("SHELL", .string("/bin/sh"))])),
        ])
    }

    /// `[1.25, "o", "…"]`: output at a time in seconds.
    private static func event(milliseconds: Int, _ output: String) -> String {
        JSONValue.array([.number(Double(milliseconds) / 1000), .string("o"), .string(output)]).serializedOnOneLine()
    }
}
