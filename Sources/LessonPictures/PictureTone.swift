/// The shade of one pixel, free of any palette: the terminal backend picks the nearest colour it has, exports
/// write it as RGB through `PictureColourMap`, and terminals without colour draw its strength as a glyph.
public enum PictureTone: Hashable, Sendable {
    /// A grey level: 0 black … 255 white.
    case grey(UInt8)
    /// A signed level: −127 full blue … 0 white … 127 full red.
    case signed(Int8)

    /// How strong the tone is, 0 … 1: a grey's brightness, or a signed level's distance from 0.
    public var strength: Double {
        switch self {
        case .grey(let level): Double(level) / 255
        case .signed(let level): Double(abs(Int(level))) / 127
        }
    }

    /// Whether the tone stands for a value below 0 (only signed tones can).
    public var isNegative: Bool {
        if case .signed(let level) = self { return level < 0 }
        return false
    }
}
