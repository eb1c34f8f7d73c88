/// Pictures a markdown transcript links to (`export --pictures DIR`): the input's after the introduction, each
/// phase's result after that phase's narration.
public struct TranscriptPictures: Sendable, Equatable {
    /// One linked picture.
    public struct Link: Sendable, Equatable {
        /// The alternative text, e.g. `Z [1/2], 62×62, −700 … 0 … 700 (blue, white, red)`.
        public let caption: String
        /// The path as the link writes it (relative to the transcript).
        public let path: String

        /// Creates a link.
        public init(caption: String, path: String) {
            self.caption = caption
            self.path = path
        }
    }

    /// The lesson input's pictures.
    public let input: [Link]
    /// Each phase's result pictures, by phase index (0-based).
    public let phases: [Int: [Link]]

    /// Creates the set of links.
    public init(input: [Link], phases: [Int: [Link]]) {
        self.input = input
        self.phases = phases
    }

    /// Markdown image lines for `links`, followed by a blank line (none for no links).
    static func markdown(_ links: [Link]) -> [String] {
        links.isEmpty ? [] : links.map { "![\($0.caption)](\($0.path))" } + [""]
    }
}
