import LessonPictures
import Testing
import TutorRendering

@testable import TerminalBackend

/// Tones to the fixed 256-colour palette (never redefined, so tmux keeps them), or to the sign colour alone.
@Suite struct PicturePaletteTests {
    @Test func greysUseTheGreyRampAndTheCubesCorners() {
        let palette = PicturePalette.indexed256
        #expect(palette.foreground(.grey(0)) == 16)  // cube black (0, 0, 0)
        #expect(palette.foreground(.grey(255)) == 231)  // cube white
        // 210 is nearest the ramp's 208 (232 + 20), not the cube's 215 (distance 3·2² < 3·5²).
        #expect(palette.foreground(.grey(210)) == 252)
        #expect(palette.background(.grey(128)) == 244)  // 8 + 10·12 = 128
    }

    @Test func signedTonesRunBlueWhiteRed() {
        let palette = PicturePalette.indexed256
        #expect(palette.foreground(.signed(127)) == 196)  // (255, 0, 0) = 16 + 36·5
        #expect(palette.foreground(.signed(-127)) == 21)  // (0, 0, 255) = 16 + 5
        #expect(palette.foreground(.signed(0)) == 231)  // white
    }

    @Test func nearestPicksTheCloserOfCubeAndRamp() {
        #expect(PicturePalette.nearest(.init(red: 95, green: 135, blue: 175)) == 16 + 36 * 1 + 6 * 2 + 3)
        #expect(PicturePalette.nearest(.init(red: 8, green: 8, blue: 8)) == 232)
        #expect(PicturePalette.nearest(.init(red: 238, green: 238, blue: 238)) == 255)
    }

    /// Every tone a picture draws gets the nearest of all 240 cube and ramp colours, found by trying each.
    @Test func everyToneGetsTheNearestPaletteColour() {
        let cube = [0, 95, 135, 175, 215, 255]
        var palette: [(number: Int16, rgb: [Int])] = []
        for red in 0..<6 {
            for green in 0..<6 {
                for blue in 0..<6 {
                    palette.append((Int16(16 + 36 * red + 6 * green + blue), [cube[red], cube[green], cube[blue]]))
                }
            }
        }
        for step in 0..<24 { palette.append((Int16(232 + step), Array(repeating: 8 + 10 * step, count: 3))) }
        let tones = (0...255).map { PictureTone.grey(UInt8($0)) } + (-127...127).map { PictureTone.signed(Int8($0)) }
        for tone in tones {
            let rgb = PictureColourMap.rgb(tone)
            let target = [Int(rgb.red), Int(rgb.green), Int(rgb.blue)]
            func distance(_ colour: [Int]) -> Int { zip(colour, target).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) }
            let best = palette.map { distance($0.rgb) }.min() ?? 0
            let chosen = PicturePalette.nearest(rgb)
            let chosenColour = palette.first { $0.number == chosen }?.rgb ?? []
            #expect(distance(chosenColour) == best, "\(tone) → \(chosen)")
        }
    }

    @Test func eightAndSixteenColoursOnlyColourTheSign() {
        let palette = PicturePalette(colorCount: 16)
        #expect(palette == .basic)
        #expect(palette.foreground(.signed(90)) == Int32(TerminalColor.red.cursesNumber))
        #expect(palette.foreground(.signed(-3)) == Int32(TerminalColor.blue.cursesNumber))
        #expect(palette.foreground(.signed(0)) == nil && palette.foreground(.grey(200)) == nil)
        #expect(palette.background(.signed(90)) == nil)
        #expect(PicturePalette(colorCount: 256) == .indexed256)
    }

    @Test func directColourTerminalsTakeTheRGBItself() {
        let palette = PicturePalette(colorCount: 1 << 24)
        #expect(palette == .direct)
        #expect(palette.foreground(.grey(210)) == 0xD2D2D2 && palette.background(.signed(127)) == 0xFF0000)
        // Black would be colour 0, the basic black: it is kept at 8 (0x000008), still black to the eye.
        #expect(palette.foreground(.grey(0)) == 8)
        let escape = CellPaint(foreground: .grey(210), background: .signed(-127)).selectGraphicRendition(colorCount: 1 << 24)
        #expect(escape == "\u{1B}[38;2;210;210;210;48;2;0;0;255m")
        #expect(CellPaint(foreground: .signed(5), background: nil).selectGraphicRendition(colorCount: 8) == "\u{1B}[31m")
    }
}
