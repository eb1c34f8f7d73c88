import LessonFiles
import LessonModel
import LessonPictures
import SnapshotTesting
import Testing
import TutorCore

@testable import TutorRendering

/// The picture view as text and as colours, in every way a terminal can draw it: colour half blocks (256
/// colours), shades (8/16 colours and NO_COLOR draw the same glyphs) and ASCII.
@Suite struct PictureSnapshotTests {
    /// The house lesson at the 10th step from the end of its first phase (the G_y map nearly filled in).
    static func houseNearlyFilled(width: Int = 100, height: Int = 30) -> TutorState {
        RenderFixtures.playing("house-edges", width: width, height: height, keys: [.character("G")] + Array(repeating: .left, count: 10))
    }

    @Test func houseInColour() {
        let grid = Renderer.render(Self.houseNearlyFilled())
        assertSnapshot(of: grid.text, as: .lines, named: "text")
        assertSnapshot(of: grid.paintText, as: .lines, named: "paint")
    }

    @Test func houseInShadesForSixteenColoursAndNoColor() {
        let grid = Renderer.render(Self.houseNearlyFilled(), options: RenderOptions.unicode.picturing(.shades))
        assertSnapshot(of: grid.styledText, as: .lines)
        #expect(grid.text.contains("−700 ●•∘∘·  0  ░▒▒▓█ 700"))
    }

    @Test func houseInASCII() {
        let text = Renderer.render(Self.houseNearlyFilled(), options: .ascii).text
        assertSnapshot(of: text, as: .lines)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("-700 Xx==-  0  +**#@ 700"))
    }

    @Test func imageAsMatrixShowsThePictureBesideItsNumbers() {
        let grid = Renderer.render(RenderFixtures.playing("image-as-matrix", keys: RenderFixtures.right(13)))
        assertSnapshot(of: grid.text, as: .lines, named: "text")
        assertSnapshot(of: grid.paintText, as: .lines, named: "paint")
    }

    @Test func oneToOneFollowsTheWindowAndPans() {
        let followed = RenderFixtures.playing("house-edges", width: 80, height: 24, keys: [.character("z")] + RenderFixtures.right(40))
        assertSnapshot(of: Renderer.render(followed).text, as: .lines, named: "followed")
        var panned = followed
        for key: Key in [.character("L"), .character("L"), .character("J")] { _ = Tutor.update(&panned, .key(key)) }
        assertSnapshot(of: Renderer.render(panned).text, as: .lines, named: "panned")
    }

    @Test func colourChannelsSideBySide() {
        let state = RenderFixtures.playing("colour-channels", width: 120, height: 36, keys: RenderFixtures.right(135))
        let grid = Renderer.render(state)
        assertSnapshot(of: grid.text, as: .lines, named: "text")
        assertSnapshot(of: grid.paintText, as: .lines, named: "paint")
    }

    @Test func anyLessonSwitchesToPicturesWithI() {
        let keys = RenderFixtures.right(4 + 9 + 6) + [.character("i")]
        let state = RenderFixtures.playing("backward-stride-two", width: 100, height: 30, keys: keys)
        assertSnapshot(of: Renderer.render(state).styledText, as: .lines)
    }
}
