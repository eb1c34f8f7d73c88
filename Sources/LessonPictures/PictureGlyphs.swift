/// How pictures are drawn, chosen from what the terminal can show.
public enum PictureStyle: Hashable, Sendable, CaseIterable {
    /// `▀` with the upper pixel as foreground and the lower as background colour: two pixel rows per cell.
    /// Needs a 256-colour terminal.
    case halfBlocks
    /// Unicode shade characters for magnitude (`░▒▓█`, dots for negative values): 8/16-colour terminals
    /// and `NO_COLOR`. No meaning depends on colour.
    case shades
    /// An ASCII character ramp (`--ascii`, or a locale that is not UTF-8).
    case characters
}

/// The glyph ramps pictures are drawn with when a cell cannot carry two colours; one table for the player,
/// its legends and the documentation.
public enum PictureGlyphs {
    /// The upper half block: foreground colour above, background colour below.
    public static let upperHalf: Character = "▀"
    /// The lower half block, for a cell whose upper pixel is not computed yet.
    public static let lowerHalf: Character = "▄"
    /// Unicode shades for a grey level or a positive value, weakest (blank) to strongest.
    public static let shades: [Character] = [" ", "░", "▒", "▓", "█"]
    /// Unicode dots for a negative value, weakest (blank) to strongest: dots are below 0, blocks above.
    public static let negativeShades: [Character] = [" ", "·", "∘", "•", "●"]
    /// An ASCII ramp for grey levels, black (blank) to white.
    public static let characters: [Character] = Array(" .:-=+*#%@")
    /// ASCII for positive values of a signed map, weakest to strongest.
    public static let positiveCharacters: [Character] = Array(" +*#@")
    /// ASCII for negative values of a signed map, weakest to strongest.
    public static let negativeCharacters: [Character] = Array(" -=xX")

    /// The character for `tone` in `style` when one glyph shows one tone (shades and characters): its
    /// strength picks the step of the ramp, its sign the ramp. Half blocks draw `upperHalf` for any tone.
    public static func glyph(for tone: PictureTone, style: PictureStyle) -> Character {
        let ramp = self.ramp(for: tone, style: style)
        let step = Int((tone.strength * Double(ramp.count - 1)).rounded())
        return ramp[min(max(step, 0), ramp.count - 1)]
    }

    /// The ramp a tone is drawn from in `style`.
    public static func ramp(for tone: PictureTone, style: PictureStyle) -> [Character] {
        switch (style, tone) {
        case (.halfBlocks, _), (.shades, .grey): shades
        case (.shades, .signed): tone.isNegative ? negativeShades : shades
        case (.characters, .grey): characters
        case (.characters, .signed): tone.isNegative ? negativeCharacters : positiveCharacters
        }
    }
}
