import LessonPictures
import Testing

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

    @Test func eightAndSixteenColoursOnlyColourTheSign() {
        let palette = PicturePalette(colorCount: 16)
        #expect(palette == .basic)
        #expect(palette.foreground(.signed(90)) == TerminalColor.red.cursesNumber)
        #expect(palette.foreground(.signed(-3)) == TerminalColor.blue.cursesNumber)
        #expect(palette.foreground(.signed(0)) == nil && palette.foreground(.grey(200)) == nil)
        #expect(palette.background(.signed(90)) == nil)
        #expect(PicturePalette(colorCount: 256) == .indexed256)
    }
}
