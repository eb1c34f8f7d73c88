import LessonPictures

/// Picture tones as terminal colour numbers. With 256 colours a tone becomes the nearest colour of the fixed
/// palette (the 6×6×6 cube 16–231 or the grey ramp 232–255) to its RGB in `PictureColourMap`; the palette is
/// never redefined, so it works under tmux (tmux-256color cannot change colours). With 8 or 16 colours only the
/// sign of a signed tone is coloured (red above 0, blue below): those terminals draw pictures in shades, whose
/// glyphs already carry the magnitude and the sign.
enum PicturePalette: Equatable, Sendable {
    /// The 256-colour palette.
    case indexed256
    /// The eight basic colours.
    case basic

    /// The palette of a terminal with `colorCount` colours.
    init(colorCount: Int) {
        self = colorCount >= 256 ? .indexed256 : .basic
    }

    /// The cube's six levels per channel.
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The colour number for `tone` as a foreground (nil: the terminal's default colour).
    func foreground(_ tone: PictureTone) -> Int16? {
        switch self {
        case .indexed256: return Self.indexed(tone)
        case .basic:
            guard case .signed(let level) = tone, level != 0 else { return nil }
            return level > 0 ? TerminalColor.red.cursesNumber : TerminalColor.blue.cursesNumber
        }
    }

    /// The colour number for `tone` as a background (nil: the default; basic terminals never colour it).
    func background(_ tone: PictureTone) -> Int16? {
        self == .indexed256 ? Self.indexed(tone) : nil
    }

    /// Every grey and signed tone's 256-colour number, computed once.
    private static let greys: [Int16] = (0...255).map { nearest(PictureColourMap.rgb(.grey(UInt8($0)))) }
    private static let signed: [Int16] = (-127...127).map { nearest(PictureColourMap.rgb(.signed(Int8($0)))) }

    private static func indexed(_ tone: PictureTone) -> Int16 {
        switch tone {
        case .grey(let level): greys[Int(level)]
        case .signed(let level): signed[max(-127, Int(level)) + 127]
        }
    }

    /// The palette colour nearest to `rgb` (squared distance) among the cube and the grey ramp.
    static func nearest(_ rgb: PictureColourMap.RGB) -> Int16 {
        let target = [Int(rgb.red), Int(rgb.green), Int(rgb.blue)]
        let cube = target.map { value in cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) } ?? 0 }
        let cubeColour = cube.map { cubeLevels[$0] }
        let mean = target.reduce(0, +) / 3
        let greyStep = min(23, max(0, (mean - 8 + 5) / 10))
        let grey = 8 + 10 * greyStep
        func distance(_ colour: [Int]) -> Int { zip(colour, target).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } }
        let cubeIndex = Int16(16 + 36 * cube[0] + 6 * cube[1] + cube[2])
        return distance([grey, grey, grey]) < distance(cubeColour) ? Int16(232 + greyStep) : cubeIndex
    }
}
