/// How a semantic style looks: attribute cues that carry the meaning without colour, plus an optional colour.
struct StyleAttributes: Equatable, Hashable, Sendable {
    /// Bold (or bright) text.
    var bold = false
    /// Reverse video.
    var reverse = false
    /// Underlined text.
    var underline = false
    /// Dim (half-bright) text.
    var dim = false
    /// The foreground colour added when colours are on; nil keeps the terminal's default.
    var color: TerminalColor?

    /// Whether the style is visible without colour (at least one attribute is set).
    var hasNonColorCue: Bool {
        bold || reverse || underline || dim
    }
}
