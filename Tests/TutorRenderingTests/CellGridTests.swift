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

    @Test func spansChangedRunFromTheFirstToTheLastCellThatDiffers() {
        var before = CellGrid(width: 6, height: 4)
        before.write("abcdef", x: 0, y: 0)
        var after = before
        after.write("x", x: 3, y: 2)
        after.restyle(x: 1, y: 0, length: 1, style: .current)
        after.write("Z", x: 4, y: 0)
        after.write("Q", x: 0, y: 3)
        after.write("Q", x: 5, y: 3)
        #expect(
            after.spansChanged(since: before) == [
                .init(row: 0, columns: 1..<5), .init(row: 2, columns: 3..<4), .init(row: 3, columns: 0..<6),
            ])
        #expect(after.spansChanged(since: after).isEmpty)
    }

    /// Changes a gap of `spanGap` unchanged cells apart are two spans; a shorter gap is sent within one span.
    @Test func aLongGapOfUnchangedCellsSplitsASpan() {
        let gap = CellGrid.spanGap
        let before = CellGrid(width: 2 * gap + 6, height: 1)
        var after = before
        for x in [1, 2 + gap - 1, 2 + 2 * gap + 1] { after.write("x", x: x, y: 0) }
        // Between 1 and gap + 1 lie gap − 1 unchanged cells: one span. Then gap + 1 unchanged cells: a new span.
        #expect(
            after.spansChanged(since: before) == [.init(row: 0, columns: 1..<gap + 2), .init(row: 0, columns: 2 * gap + 3..<2 * gap + 4)])
    }

    @Test func everyWholeRowChangesWithoutAPreviousGridOfTheSameSize() {
        let grid = CellGrid(width: 4, height: 3)
        let whole = (0..<3).map { CellGrid.ChangedSpan(row: $0, columns: 0..<4) }
        #expect(grid.spansChanged(since: nil) == whole)
        #expect(grid.spansChanged(since: CellGrid(width: 5, height: 3)) == whole)
    }
}
