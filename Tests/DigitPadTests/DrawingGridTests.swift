import CNNEngine
import DigitPad
import Learning
import Testing
import TutorCore

/// The drawing grid: moving, the brush, the eraser, the pen, and what the network reads.
@Suite struct DrawingGridTests {
    @Test func theBrushInksTheCursorFullyAndItsNeighboursHalf() {
        var grid = DrawingGrid(size: 5)
        #expect(grid.cursor == (2, 2))
        grid.paint()
        #expect(grid.ink(row: 2, column: 2) == 1)
        for (row, column) in [(1, 2), (3, 2), (2, 1), (2, 3)] { #expect(grid.ink(row: row, column: column) == 0.5) }
        #expect(grid.ink(row: 1, column: 1) == 0)
        #expect(grid.pixels.reduce(0, +) == 3)
    }

    @Test func theCursorStaysInsideAndThePenPaintsAsItMoves() {
        var grid = DrawingGrid(size: 4)
        for _ in 0..<10 { grid.move(rows: -1, columns: -1) }
        #expect(grid.cursor == (0, 0))
        grid.togglePen()
        grid.move(rows: 0, columns: 1)
        grid.move(rows: 0, columns: 1)
        #expect([0, 1, 2].allSatisfy { grid.ink(row: 0, column: $0) == 1 })
        grid.togglePen()
        grid.move(rows: 2, columns: 0)
        #expect(grid.ink(row: 2, column: 2) == 0, "with the pen up, moving leaves no ink")
    }

    @Test func erasingClearsOnlyTheCursorAndClearingEverything() {
        var grid = DrawingGrid(size: 5)
        grid.paint()
        grid.erase()
        #expect(grid.ink(row: 2, column: 2) == 0)
        #expect(grid.ink(row: 1, column: 2) == 0.5)
        grid.clear()
        #expect(grid.pixels.allSatisfy { $0 == 0 })
    }

    @Test func theNetworkReadsTheDrawingAsA1xNxNImage() {
        var grid = DrawingGrid(size: 3)
        grid.paint()
        #expect(grid.image.shape == [1, 3, 3])
        #expect(grid.image.scalars == [0, 0.5, 0, 0.5, 1, 0.5, 0, 0.5, 0])
    }

    @Test func everyChangeRecomputesTheForwardPass() throws {
        var pad = DigitPadState(network: TinyNetwork(shape: .digits, seed: 2))
        let blank = try #require(pad.pass?.logits)
        #expect(pad.apply(.character(" ")) == .stay)
        let painted = try #require(pad.pass?.logits)
        #expect(painted != blank)
        #expect(painted == (try TinyNetwork(shape: .digits, seed: 2).forward(pad.grid.image).logits))
        #expect(pad.apply(.character("q")) == .quit)
    }

    @Test func aDigitKeyLoadsTheNextSampleOfThatDigit() throws {
        let set = try DigitSet(DigitSetConfiguration(trainingCount: 10, testCount: 30, seed: 4))
        var pad = DigitPadState(network: TinyNetwork(shape: .digits, seed: 2), samples: set.test)
        let sevens = set.test.filter { $0.label == 7 }
        _ = pad.apply(.character("7"))
        #expect(pad.grid.image == sevens[0].image)
        _ = pad.apply(.character("7"))
        #expect(pad.grid.image == sevens[1].image)
    }
}
