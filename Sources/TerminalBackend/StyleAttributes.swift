/// How a semantic style looks: attribute cues that carry the meaning without colour, plus an optional colour.
public struct StyleAttributes: Equatable, Hashable, Sendable {
    /// Bold (or bright) text.
    public var bold = false
    /// Reverse video.
    public var reverse = false
    /// Underlined text.
    public var underline = false
    /// Dim (half-bright) text.
    public var dim = false
    /// The foreground colour added when colours are on; nil keeps the terminal's default.
    public var color: TerminalColor?

    /// Whether the style is visible without colour (at least one attribute is set).
    public var hasNonColorCue: Bool {
        bold || reverse || underline || dim
    }
}
