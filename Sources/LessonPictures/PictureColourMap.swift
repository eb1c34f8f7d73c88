/// The one colour map: every tone as red, green, blue 0 … 255. The terminal backend picks the nearest colour
/// of its palette to these values and picture exports write them, so screen and files agree.
public enum PictureColourMap {
    /// A colour as 8-bit red, green and blue.
    public struct RGB: Hashable, Sendable {
        /// The channels, 0 … 255.
        public let red: UInt8, green: UInt8, blue: UInt8

        /// Creates a colour.
        public init(red: UInt8, green: UInt8, blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }
    }

    /// Grey tones are that grey; signed tones run blue (0, 0, 255) → white → red (255, 0, 0) linearly, so
    /// the colour's distance from white is the value's magnitude and its hue the sign.
    public static func rgb(_ tone: PictureTone) -> RGB {
        switch tone {
        case .grey(let level):
            return RGB(red: level, green: level, blue: level)
        case .signed(let level):
            let fade = UInt8((255 * (1 - Double(abs(Int(level))) / 127)).rounded())
            return level < 0 ? RGB(red: fade, green: fade, blue: 255) : RGB(red: 255, green: fade, blue: fade)
        }
    }
}
