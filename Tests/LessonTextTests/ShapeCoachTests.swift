import LessonModel
import LessonTestSupport
import LessonText
import Testing

/// The shape coach speaks only when the stride leaves input cells unread, and then names them.
@Suite struct ShapeCoachTests {
    /// A 1-channel convolution lesson with a `size`×`size` input of ones and a 2×2 filter.
    func lesson(size: Int, stride: Int, padding: Int) throws -> Lesson {
        let row = Array(repeating: "1", count: size).joined(separator: " ")
        let input = Array(repeating: "  " + row, count: size).joined(separator: "\n")
        return try LessonTestSupport.lesson(
            """
            id: x
            title: T
            op: conv2d
            input: |
            \(input)
            filters: |
              1 0
              0 1
            stride: \(stride)
            padding: \(padding)
            """)
    }

    @Test func aStrideThatSkipsOnlyPaddingSaysNothing() throws {
        // 5 + 1 + 1 = 7 padded cells; windows start at 0, 2, 4 and cover padded 0…5, i.e. every input cell
        // (padded 1…5); only padded cell 6, the bottom (right) padding, is skipped.
        let stage = try #require(try lesson(size: 5, stride: 2, padding: 1).stages.first)
        #expect(ShapeCoach.warnings(for: stage, glyphs: .unicode).isEmpty)
        let window = try #require(ShapeCoach.window(of: stage))
        let lines = ShapeCoach.lines(for: window, glyphs: .unicode)
        #expect(lines == ["output height: ⌊(5 + 1 + 1 − 2) / 2⌋ + 1 = 3", "output width: ⌊(5 + 1 + 1 − 2) / 2⌋ + 1 = 3"])
    }

    @Test func aStrideThatSkipsInputCellsNamesThem() throws {
        // 5 wide, no padding, windows at 0 and 2 cover 0…3: row and column 5 are never read.
        let stage = try #require(try lesson(size: 5, stride: 2, padding: 0).stages.first)
        let warnings = ShapeCoach.warnings(for: stage, glyphs: .unicode)
        #expect(warnings.count == 2)
        #expect(
            warnings.first?.hasPrefix("output height: ⌊(5 + 0 + 0 − 2) / 2⌋ + 1 = 2; the stride does not fit: rows 5 never visited") == true
        )
        #expect(warnings.allSatisfy { !$0.contains("  never") })
    }
}
