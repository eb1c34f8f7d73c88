import LessonPictures
import Testing
import TutorCore

@testable import TutorRendering

/// How one picture is laid into cells: which pixel each half cell shows, and which cells a frame goes around.
@Suite struct PictureCanvasTests {
    static let grey = PictureScale.intensity(top: 10)

    @Test func aHalfBlockCellCarriesItsTwoPixelsAsColours() {
        let both = PictureCanvas.cell(upper: 10, lower: 0, scale: Self.grey, style: .halfBlocks)
        #expect(both.character == "▀" && both.paint == CellPaint(foreground: .grey(255), background: .grey(0)))
        let upperOnly = PictureCanvas.cell(upper: 5, lower: nil, scale: Self.grey, style: .halfBlocks)
        #expect(upperOnly.character == "▀" && upperOnly.paint == CellPaint(foreground: .grey(128), background: nil))
        // The upper pixel not computed yet: the lower one is drawn as the lower half block's foreground.
        let lowerOnly = PictureCanvas.cell(upper: nil, lower: 10, scale: Self.grey, style: .halfBlocks)
        #expect(lowerOnly.character == "▄" && lowerOnly.paint == CellPaint(foreground: .grey(255), background: nil))
        #expect(PictureCanvas.cell(upper: nil, lower: nil, scale: Self.grey, style: .halfBlocks) == .blank)
    }

    @Test func aShadeCellShowsTheMeanOfAnImageAndTheStrongerOfASignedMap() {
        #expect(PictureCanvas.cell(upper: 10, lower: 0, scale: Self.grey, style: .shades).character == "▒")
        let signed = PictureScale.signed(extent: 4)
        #expect(PictureCanvas.cell(upper: -4, lower: 1, scale: signed, style: .shades).character == "●")
        #expect(PictureCanvas.cell(upper: 0, lower: 4, scale: signed, style: .characters).character == "@")
        #expect(PictureCanvas.cell(upper: -4, lower: 1, scale: signed, style: .shades).paint?.foreground == .signed(-127))
    }

    @Test func framesGoAroundTheCellsThePixelsFallIn() {
        // 1:1: pixel column 5 is cell column 5; pixel rows 4…6 are half rows 4…6, cells 2…3.
        #expect(PictureCanvas.cellSpan(5...5, origin: 0, scale: 1) == 5...5)
        #expect(PictureCanvas.cellSpan(4...6, origin: 0, scale: 1) == 4...6)
        // ×4: pixel 2 is cells 8…11.
        #expect(PictureCanvas.cellSpan(2...2, origin: 0, scale: 4) == 8...11)
        // Shrunk to a quarter: pixels 8…10 are sampled by no cell centre but lie in cell 2.
        #expect(PictureCanvas.cellSpan(9...10, origin: 0, scale: 0.25) == 2...2)
        // A viewport starting at pixel 20 moves everything left.
        #expect(PictureCanvas.cellSpan(25...27, origin: 20, scale: 1) == 5...7)
    }

    /// At 1:1 a 3-pixel window slides over 100 pixels with 20 on screen: it is always in view, and the picture
    /// moves in jumps of 8 (half the 17 pixels of room around it): worked by hand, it starts at 0, 8, …, 80, so
    /// it moves 10 times, where a centred view would move on 80 of the 97 steps.
    @Test func aFollowedPictureJumpsRatherThanSlides() {
        var starts: [Int] = []
        for left in 0...97 {
            let window = left...(left + 2)
            let start = PictureCanvas.followingStart(count: 100, visible: 20, focus: window)
            #expect(start >= 0 && start <= 80 && window.lowerBound >= start && window.upperBound < start + 20, "\(left)")
            starts.append(start)
        }
        let moves = zip(starts, starts.dropFirst()).filter { $0 != $1 }
        #expect(moves.count == 10)
        #expect(moves.allSatisfy { $1 - $0 == 8 })
    }

    /// The zoom in the picture's title: 1:1, whole factors up, two decimals down (0.125 is 12.5 hundredths,
    /// rounded half away from zero to 13).
    @Test func zoomNoteNamesTheScale() {
        let notes = [1, 4, 0.5, 0.25, 0.1, 0.125, 0.05].map(PictureCanvas.zoomNote)
        #expect(notes == ["1:1", "×4", "×0.5", "×0.25", "×0.1", "×0.13", "×0.05"])
    }

    /// Regression: the two-decimal text once dropped the whole part, so 1.5 read 0.5.
    @Test func twoDecimalsKeepTheWholePart() {
        #expect([1.5, 2, 9.99, 12.3].map { String(format2: $0) } == ["1.5", "2", "9.99", "12.3"])
    }
}
