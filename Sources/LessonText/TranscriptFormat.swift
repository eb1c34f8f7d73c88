/// Output formats of `cnn-tutor export`.
public enum TranscriptFormat: String, Sendable, CaseIterable {
    /// Plain text (UTF-8, or ASCII with `--ascii`).
    case text
    /// Markdown.
    case markdown
    /// JSON for tools (documented in the README).
    case json
}
