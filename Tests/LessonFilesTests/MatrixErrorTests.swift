import LessonModel
import LessonTestSupport
import Testing

/// Problems inside matrices: ragged rows, unequal channels, tokens that are not finite numbers in range.
@Suite("Parser errors: matrices and numbers")
struct MatrixErrorTests {
    @Test("a short row in a block string is reported at the start of that row")
    func raggedBlockString() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: |
              1 2 3
              4 5
              6 7 8
            """)
        #expect(diagnostic.location == position(6, 3))
        #expect(diagnostic.message == "input: row 2 has 2 value(s) but the first row has 3")
        #expect(diagnostic.hint == "every row of a matrix needs the same number of values")
    }

    @Test("a short row in nested lists is reported at that row's list")
    func raggedNestedLists() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input:
              - [1, 2, 3]
              - [4, 5]
            """)
        #expect(diagnostic.location == position(6, 5))
        #expect(diagnostic.message == "input: this entry has shape 2 but the first has 3")
    }

    @Test("a channel with more rows than the first is reported at the start of that channel")
    func unequalChannelsInBlockString() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: |
              1 2
              3 4

              1 2
              3 4
              5 6
            """)
        #expect(diagnostic.location == position(8, 3))
        #expect(diagnostic.message == "input: channel 2 has 3 row(s) but channel 1 has 2")
    }

    @Test("channels of different sizes in nested lists are reported at the odd channel")
    func unequalChannelsInNestedLists() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input:
              - [[1, 2], [3, 4]]
              - [[1, 2, 3], [4, 5, 6]]
            """)
        #expect(diagnostic.location == position(6, 5))
        #expect(diagnostic.message == "input: this entry has shape 2×3 but the first has 2×2")
    }

    @Test("a word among the numbers of a block string is reported at that word")
    func nonNumberInBlockString() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: conv2d
            input: |
              1 2 3 4
              5 6 7 q
              9 8 7 6
            filters: |
              1 0
              0 1
            """)
        // Line 6 is `  5 6 7 q`: two spaces of indentation, then tokens at columns 3, 5, 7 and 9.
        #expect(diagnostic.location == position(6, 9))
        #expect(diagnostic.message == "input has `q`, which is not a number")
        #expect(diagnostic.hint == "write numbers like 3, -1.5 or 2e-3")
    }

    @Test("a non-number in a nested list is reported at that item")
    func nonNumberInNestedList() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: [[1, two], [3, 4]]
            """)
        // `input: [[1, ` is 12 characters, so `two` starts at column 13.
        #expect(diagnostic.location == position(4, 13))
        #expect(diagnostic.message == "input has `two`, which is not a number")
    }

    @Test("NaN, .inf and infinity in a block string are each reported at their token")
    func nonFiniteInBlockString() {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: relu
            input: |
              1 NaN
              .inf infinity
            """)
        #expect(diagnostics.map(\.location) == [position(5, 5), position(6, 3), position(6, 8)])
        #expect(
            diagnostics.map(\.message) == [
                "input has `NaN`, which is not a finite number",
                "input has `.inf`, which is not a finite number",
                "input has `infinity`, which is not a finite number",
            ])
    }

    @Test("YAML's .nan and -.inf in nested lists are rejected at their items")
    func nonFiniteInNestedLists() {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: relu
            input: [[1, .nan], [-.inf, 2]]
            """)
        // `input: [[1, ` is 12 characters: `.nan` at 13; `.nan], [` ends at 20, so `-.inf` is at 21.
        #expect(diagnostics.map(\.location) == [position(4, 13), position(4, 21)])
        #expect(
            diagnostics.map(\.message) == [
                "input has `.nan`, which is not a finite number", "input has `-.inf`, which is not a finite number",
            ])
    }

    @Test("1e400 (overflows a Double) and 1e16 (over the 1e15 limit) are rejected at their tokens")
    func hugeNumbers() {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: relu
            input: |
              1 1e400
              1e16 −2
            """)
        #expect(diagnostics.map(\.location) == [position(5, 5), position(6, 3)])
        #expect(
            diagnostics.map(\.message) == [
                "input has `1e400`, larger than the limit of 1e15", "input has `1e16`, larger than the limit of 1e15",
            ])
    }

    @Test("numbers up to the 1e15 limit, commas and the Unicode minus are accepted")
    func acceptedSpellings() throws {
        let lesson = try LessonTestSupport.lesson(
            """
            id: x
            title: T
            op: relu
            input: |
              1e15, −2.5, 3
              -1e15, 0.25, 2e-3
            """)
        #expect(lesson.stages.first?.input?.shape == [1, 2, 3])
        #expect(lesson.stages.first?.input?.scalars == [1e15, -2.5, 3, -1e15, 0.25, 2e-3])
    }

    @Test("a folded block string (>) is rejected because it joins rows")
    func foldedBlockIsRejected() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: >
              1 2
              3 4
            """)
        #expect(diagnostic.location == position(4, 8))
        #expect(diagnostic.message == "input uses `>`, which joins lines into one row")
    }

    @Test("a space inside a number is an error, not two digits run together")
    func spaceInsideANumber() {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: conv2d
            input: "1 2 3 4 5 6 7 8 9 10 11 12 13"
            filters: "1"
            stride: 1 2
            expected:
              cells:
                - {at: [1, 1], value: 1 0}
            """)
        // `    - {at: [1, 1], value: ` is 26 characters, so the value starts at column 27.
        #expect(diagnostics.map(\.location) == [position(6, 9), position(9, 27)])
        #expect(diagnostics.map(\.message) == ["stride must be a whole number", "value has `1 0`, which is not a number"])
    }
}
