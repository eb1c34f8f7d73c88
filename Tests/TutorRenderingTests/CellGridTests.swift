import Testing
import TutorRendering

/// The in-memory screen clips writes and reads back as text.
@Suite struct CellGridTests {
    @Test func writesAreClippedAtTheEdges() {
        var grid = CellGrid(width: 5, height: 2)
        grid.write("abcdefg", x: 2, y: 0)
        grid.write("xy", x: -1, y: 1)
        grid.write("zz", x: 0, y: 5)
        #expect(grid.text == "  abc\ny")
    }

    @Test func styledTextMarksRuns() {
        var grid = CellGrid(width: 6, height: 1)
        grid.write("a", x: 0, y: 0)
        grid.write("−5", x: 2, y: 0, style: .current)
        #expect(grid.styledText == "a [current:−5]")
    }

    /// One cell per character, holding its first scalar, whether the text is ASCII or not.
    @Test func writesOneCellPerCharacter() {
        var grid = CellGrid(width: 12, height: 2)
        let end = grid.write("3×(−1) = e\u{301}", x: 0, y: 0)
        #expect(end == 10)
        #expect(grid.line(0) == "3×(−1) = e")
        #expect(grid.write("ok", x: 0, y: 1) == 2 && grid.line(1) == "ok")
    }

    @Test func fillRowClipsOnceAtBothEdges() {
        var grid = CellGrid(width: 4, height: 2)
        grid.fillRow(y: 0, x: -2, count: 5) { Cell(scalar: Unicode.Scalar(UInt8(ascii: "a") + UInt8($0))) }
        grid.fillRow(y: 1, x: 3, count: 3) { _ in Cell(scalar: "z") }
        grid.fillRow(y: 2, x: 0, count: 3) { _ in Cell(scalar: "q") }
        #expect(grid.text == "cde\n   z")
    }

    @Test func rowsChangedAreTheRowsThatDiffer() {
        var before = CellGrid(width: 4, height: 3)
        before.write("abcd", x: 0, y: 0)
        var after = before
        after.write("x", x: 3, y: 2)
        after.restyle(x: 0, y: 0, length: 1, style: .current)
        #expect(after.rowsChanged(since: before) == [0, 2])
        #expect(after.rowsChanged(since: after).isEmpty)
    }

    @Test func everyRowChangesWithoutAPreviousGridOfTheSameSize() {
        let grid = CellGrid(width: 4, height: 3)
        #expect(grid.rowsChanged(since: nil) == [0, 1, 2])
        #expect(grid.rowsChanged(since: CellGrid(width: 5, height: 3)) == [0, 1, 2])
    }
}
