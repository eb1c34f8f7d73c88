import TutorCore
import TutorRendering

/// How a lesson is recorded: the terminal's size, the player's speed, colours and glyphs.
public struct RecordingOptions: Sendable {
    /// Columns and rows of the recorded terminal (at least `Renderer.minimumSize`).
    public var size: TerminalSize
    /// The player's speed level, 0 (slowest) to `Speed.intervals.count - 1`, as `+` and `−` set it.
    public var speedLevel: Int
    /// Whether styles keep their colours (their attribute cues are always kept).
    public var color: Bool
    /// Unicode or ASCII drawing.
    public var render: RenderOptions
    /// How long the last frame stays before the recording ends, in milliseconds.
    public var holdMilliseconds: Int
    /// The longest recording, in milliseconds; a longer lesson stops there.
    public var limitMilliseconds: Int

    /// Options for an 80×24 colour recording at the player's default speed.
    public init(
        size: TerminalSize = TerminalSize(width: 80, height: 24), speedLevel: Int = Speed.defaultLevel, color: Bool = true,
        render: RenderOptions = .unicode, holdMilliseconds: Int = 3000, limitMilliseconds: Int = 30 * 60 * 1000
    ) {
        self.size = size
        self.speedLevel = speedLevel
        self.color = color
        self.render = render
        self.holdMilliseconds = holdMilliseconds
        self.limitMilliseconds = limitMilliseconds
    }
}
