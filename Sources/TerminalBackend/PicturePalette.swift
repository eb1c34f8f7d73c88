import LessonPictures

/// Picture tones as terminal colour numbers. With 256 colours a tone becomes the nearest colour of the fixed
/// palette (the 6×6×6 cube 16–231 or the grey ramp 232–255) to its RGB in `PictureColourMap`; the palette is
/// never redefined, so it works under tmux (tmux-256color cannot change colours). With 8 or 16 colours only the
/// sign of a signed tone is coloured (red above 0, blue below): those terminals draw pictures in shades, whose
/// glyphs already carry the magnitude and the sign. A direct-colour terminal (`xterm-direct`, 2²⁴ colours) takes
/// the RGB itself as the colour number.
enum PicturePalette: Equatable, Sendable {
    /// The 256-colour palette.
    case indexed256
    /// Colour numbers that are RGB values (0xRRGGBB; numbers below 8 stay the basic colours).
    case direct
    /// The eight basic colours.
    case basic

    /// The palette of a terminal with `colorCount` colours.
    init(colorCount: Int) {
        self = colorCount > 256 ? .direct : colorCount >= 256 ? .indexed256 : .basic
    }

    /// Whether the palette can show any tone (so pictures are drawn in colour half blocks).
    var showsTones: Bool { self != .basic }

    /// The cube's six levels per channel.
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The colour number for `tone` as a foreground (nil: the terminal's default colour).
    func foreground(_ tone: PictureTone) -> Int32? {
        switch self {
        case .indexed256: return Int32(Self.indexed(tone))
        case .direct: return Self.direct(tone)
        case .basic:
            guard case .signed(let level) = tone, level != 0 else { return nil }
            return Int32(level > 0 ? TerminalColor.red.cursesNumber : TerminalColor.blue.cursesNumber)
        }
    }

    /// The colour number for `tone` as a background (nil: the default; basic terminals never colour it).
    func background(_ tone: PictureTone) -> Int32? {
        self == .basic ? nil : foreground(tone)
    }

    /// `tone`'s RGB as one number, 0xRRGGBB (at least 8, so it is never read as a basic colour).
    static func direct(_ tone: PictureTone) -> Int32 {
        let rgb = PictureColourMap.rgb(tone)
        return max(8, Int32(rgb.red) << 16 | Int32(rgb.green) << 8 | Int32(rgb.blue))
    }

    /// Every grey and signed tone's 256-colour number, computed once.
    private static let greys: [Int16] = (0...255).map { nearest(PictureColourMap.rgb(.grey(UInt8($0)))) }
    private static let signed: [Int16] = (-127...127).map { nearest(PictureColourMap.rgb(.signed(Int8($0)))) }

    /// Builds the tables of every tone's colour now rather than at a picture's first draw.
    static func prepareTables() {
        _ = (greys.count, signed.count)
    }

    private static func indexed(_ tone: PictureTone) -> Int16 {
        switch tone {
        case .grey(let level): greys[Int(level)]
        case .signed(let level): signed[max(-127, Int(level)) + 127]
        }
    }

    /// The palette colour nearest to `rgb` (squared distance) among the cube and the grey ramp. In plain integers:
    /// the tables of every tone are built on the way to a picture's first frame.
    static func nearest(_ rgb: PictureColourMap.RGB) -> Int16 {
        let red = Int(rgb.red), green = Int(rgb.green), blue = Int(rgb.blue)
        let (cubeRed, cubeGreen, cubeBlue) = (nearestLevel(red), nearestLevel(green), nearestLevel(blue))
        let cubeDistance =
            squared(cubeLevels[cubeRed] - red) + squared(cubeLevels[cubeGreen] - green) + squared(cubeLevels[cubeBlue] - blue)
        let greyStep = min(23, max(0, ((red + green + blue) / 3 - 8 + 5) / 10))
        let grey = 8 + 10 * greyStep
        let greyDistance = squared(grey - red) + squared(grey - green) + squared(grey - blue)
        return greyDistance < cubeDistance ? Int16(232 + greyStep) : Int16(16 + 36 * cubeRed + 6 * cubeGreen + cubeBlue)
    }

    /// The index of the cube level nearest to `value` (the lower on a tie).
    private static func nearestLevel(_ value: Int) -> Int {
        var best = 0
        for index in cubeLevels.indices where abs(cubeLevels[index] - value) < abs(cubeLevels[best] - value) { best = index }
        return best
    }

    private static func squared(_ value: Int) -> Int { value * value }
}
