import LessonPictures
import Testing
import TutorRendering

@testable import LessonRecording

/// Picture cells keep their colours in a recording, as the terminal draws them.
@Suite("Pictures in recordings")
struct PictureRecordingTests {
    @Test("a half block's two pixels become its 256-colour foreground and background; no colour, no escape")
    func halfBlocksKeepTheirColours() {
        var grid = CellGrid(width: 2, height: 1)
        // Grey 210 (the house's sky) is the palette's 252; signed −127 is full blue, 21.
        grid[0, 0] = Cell(scalar: "▀", paint: CellPaint(foreground: .grey(210), background: .signed(-127)))
        grid[1, 0] = Cell(scalar: "▄", paint: CellPaint(foreground: .grey(210), background: nil))
        let coloured = FrameEncoder(color: true).first(grid)
        #expect(coloured.contains("\u{1B}[0m\u{1B}[38;5;252;48;5;21m▀"))
        #expect(coloured.contains("\u{1B}[0m\u{1B}[38;5;252m▄"))
        let plain = FrameEncoder(color: false).first(grid)
        #expect(!plain.contains("38;5;") && plain.contains("▀▄"))
    }
}
