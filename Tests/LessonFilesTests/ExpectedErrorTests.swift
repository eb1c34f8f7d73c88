import LessonModel
import LessonTestSupport
import Testing

/// Problems in `expected:` found while parsing: wrong shapes, cells outside their result, missing results.
@Suite("Parser errors: expected values")
struct ExpectedErrorTests {
    @Test("an expected output of the wrong shape is reported at that tensor")
    func expectedOutputShape() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: |
              1 -2
              3 4
            expected:
              output: |
                1 0 3
            """)
        // `  output: |`: the `|` is at column 11.
        #expect(diagnostic.location == position(8, 11))
        #expect(diagnostic.message == "expected.output is 1×1×3 but the lesson computes 1×2×2")
    }

    @Test("an expected cell outside the output is reported at its `at`")
    func cellOutOfRange() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: |
              1 -2
              3 4
            expected:
              cells:
                - {at: [1, 2], value: 0}
                - {at: [3, 1], value: 1}
            """)
        // `    - {at: ` is 11 characters, so the list after `at:` starts at column 12.
        #expect(diagnostic.location == position(10, 12))
        #expect(
            diagnostic.message
                == "`at: [3, 1]` does not name a cell of output, which is 1×2×2: write [row, column] or [channel, row, column], counting from 1"
        )
        #expect(diagnostic.hint == "e.g. `at: [1, 1]` for the first cell")
    }

    @Test("`at: [2]` names no cell of a matrix: it was read as Z₁,₂")
    func tooFewNumbersInAt() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: |
              1 -2
              3 4
            expected:
              cells:
                - {at: [2], value: -2}
            """)
        #expect(diagnostic.location == position(9, 12))
        #expect(
            diagnostic.message
                == "`at: [2]` does not name a cell of output, which is 1×2×2: write [row, column] or [channel, row, column], counting from 1"
        )
    }

    @Test("`at` may leave out leading axes of size 1 only: [row, column] for one filter's output, all three for two")
    func leadingAxesInAt() throws {
        let twoFilters = """
            id: x
            title: T
            op: conv2d
            input: |
              1 -2
              3 4
            filters: [[[[1]]], [[[2]]]]
            grad_output: [[[1, 1], [1, 1]], [[1, 1], [1, 1]]]
            expected:
              cells:
                - {at: [2, 1, 2], value: -4}
                - {at: [1, 2], value: -2}
                - {result: grad_filters, at: [2, 1, 1, 1], value: 6}
                - {result: grad_filters, at: [1, 1], value: 6}
                - {result: grad_bias, at: [2], value: 4}
            """
        let diagnostics = LessonTestSupport.diagnostics(twoFilters)
        // `    - {result: grad_filters, at: ` is 33 characters, so that `at` list starts at column 34.
        #expect(diagnostics.map(\.location) == [position(12, 12), position(14, 34)])
        #expect(
            diagnostics.map(\.message) == [
                "`at: [1, 2]` does not name a cell of output, which is 2×2×2: write [channel, row, column], counting from 1",
                "`at: [1, 1]` does not name a cell of grad_filters, which is 2×1×1×1: write [filter, channel, row, column], counting from 1",
            ])
        #expect(diagnostics.map(\.hint) == ["e.g. `at: [1, 1, 1]` for the first cell", "e.g. `at: [1, 1, 1, 1]` for the first cell"])
        // One filter: its output's channel and its filters' leading axes may be left out.
        let oneFilter = try LessonTestSupport.lesson(
            """
            id: x
            title: T
            op: conv2d
            input: "1 -2"
            filters: [[[[3]]]]
            grad_output: "1 1"
            expected:
              cells:
                - {at: [1, 2], value: -6}
                - {at: [1, 1, 2], value: -6}
                - {result: grad_filters, at: [1, 1], value: -1}
                - {result: grad_bias, at: [1], value: 2}
            """)
        #expect(oneFilter.expected.map(\.index) == [[0, 0, 1], [0, 0, 1], [0, 0, 0, 0], [0]])
    }

    @Test("a 0 in `at` is reported at the 0 (cells are 1-based)")
    func zeroBasedCell() throws {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: relu
            input: |
              1 -2
              3 4
            expected:
              cells:
                - {at: [0, 1], value: 1}
            """)
        // `    - {at: [` is 12 characters, so the 0 is at column 13.
        #expect(diagnostics.first?.location == position(9, 13))
        #expect(diagnostics.first?.message.hasPrefix("at is 0 but must be at least 1") == true)
    }

    @Test("an expected gradient without grad_output names what the lesson does compute")
    func gradientWithoutBackward() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: |
              1 -2
              3 4
            expected:
              grad_input: |
                1 0
                1 1
            """)
        #expect(diagnostic.location == position(8, 15))
        #expect(diagnostic.message == "this lesson computes no grad_input")
        #expect(diagnostic.hint == "it computes: output")
    }

    @Test("an expected grad_bias may be one number, and grad_filters must be shaped like the filters")
    func gradientShapes() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: conv2d
            input: |
              1 2 3
              4 5 6
              7 8 9
            filters: |
              1 0
              0 1
            grad_output: |
              1 0
              0 1
            expected:
              grad_bias: 2
              grad_filters: |
                1 2 3
            """)
        #expect(diagnostic.location == position(16, 17))
        #expect(diagnostic.message == "expected.grad_filters is 1×1×1×3 but the lesson computes 1×1×2×2")
    }
}
