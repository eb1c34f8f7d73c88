import CNNEngine
import DigitPad
import Learning
import Testing
import TutorCore
import TutorRendering
import TutorRuntime

/// The mouse on the drawing pad: the screen cell to pixel mapping the view draws with, painting with the button
/// down, erasing with the other button, and reporting asked for only while the pad is open.
@Suite struct DigitPadMouseTests {
    static func pad(size: Int = 8) -> DigitPadState {
        var shape = NetworkShape.digits
        shape.imageSize = size
        return DigitPadState(network: TinyNetwork(shape: shape, seed: 1))
    }

    @Test func theCellUnderThePixelIsWhereTheViewDrawsIt() {
        var pad = Self.pad()
        _ = pad.apply(.up)
        _ = pad.apply(.left)
        // The cursor (3, 3) of a blank drawing is drawn as "[]": both of its cells map back to it.
        let lines = DigitPadView.render(pad, size: TerminalSize(width: 80, height: 24), ascii: false).text
            .split(separator: "\n", omittingEmptySubsequences: false)
        let row = try! #require(lines.firstIndex { $0.contains("[]") })
        let column = try! #require(lines[row].firstRange(of: "[]")).lowerBound.utf16Offset(in: lines[row])
        for offset in 0..<2 {
            let pixel = DigitPadView.pixel(atColumn: column + offset, row: row, drawingSize: 8)
            #expect(pixel?.row == 3 && pixel?.column == 3)
        }
        #expect(DigitPadView.pixel(atColumn: column - 7, row: row, drawingSize: 8) == nil, "left of the drawing")
        #expect(DigitPadView.pixel(atColumn: column + 2 * 5, row: row, drawingSize: 8) == nil, "right of the drawing")
        #expect(DigitPadView.pixel(atColumn: column, row: row + 5, drawingSize: 8) == nil, "below the drawing")
    }

    @Test func pressingAndDraggingPaintAndMovingWithNoButtonDoesNot() {
        var pad = Self.pad()
        pad.apply(.drag, atPixel: (0, 0))
        #expect(pad.grid.pixels.allSatisfy { $0 == 0 }, "a move before any press")
        pad.apply(.press, atPixel: (0, 0))
        pad.apply(.drag, atPixel: (0, 1))
        pad.apply(.drag, atPixel: nil)
        pad.apply(.release, atPixel: (0, 2))
        pad.apply(.drag, atPixel: (5, 5))
        #expect(pad.grid.ink(row: 0, column: 0) == 1 && pad.grid.ink(row: 0, column: 1) == 1)
        #expect(pad.grid.ink(row: 0, column: 2) == 0.5, "the brush's half-inked neighbour; the release painted nothing")
        #expect(pad.grid.ink(row: 5, column: 5) == 0, "moves after the release")
        #expect(pad.grid.cursor == (0, 1))
        pad.apply(.pressOther, atPixel: (0, 1))
        #expect(pad.grid.ink(row: 0, column: 1) == 0)
    }

    @Test func theProbabilitiesFollowTheMouse() throws {
        var pad = Self.pad()
        let blank = try #require(pad.pass?.probabilities)
        pad.apply(.press, atPixel: (4, 4))
        #expect(try #require(pad.pass?.probabilities) != blank)
    }

    @Test func theLoopPaintsWithTheMouseAndReportsItOnlyWhileThePadIsOpen() {
        var pad = Self.pad()
        let terminal = MemoryTerminal(
            size: TerminalSize(width: 80, height: 24), clock: ManualClock(),
            script: [
                .mouse(MouseEvent(.press, column: 1, row: 3)), .mouse(MouseEvent(.drag, column: 3, row: 3)),
                .mouse(MouseEvent(.release, column: 3, row: 3)), .mouse(MouseEvent(.press, column: 70, row: 3)),
                .key(.character("q")),
            ])
        #expect(DigitPadLoop.run(&pad, on: terminal, ascii: false) == .quit)
        #expect(pad.grid.ink(row: 0, column: 0) == 1 && pad.grid.ink(row: 0, column: 1) == 1)
        #expect(pad.grid.pixels.reduce(0, +) == 3.5, "two full pixels, three half-inked neighbours; the press off the drawing did nothing")
        #expect(!terminal.isReportingMouse)
    }
}
