/// How the caller wants the terminal set up.
public struct TerminalOptions: Equatable, Sendable {
    /// Whether to add colours on top of the attribute cues (false for `--no-color` or a set `NO_COLOR`).
    public var useColor: Bool

    /// Creates options; colours are on unless the caller turns them off.
    public init(useColor: Bool = true) {
        self.useColor = useColor
    }
}
