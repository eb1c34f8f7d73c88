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
}
