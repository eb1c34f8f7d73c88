import LessonModel
import LessonTestSupport
import Testing

/// A stage that cannot be built does not hide the problems after it: what can still be checked from the shapes
/// is checked, and nothing is checked against a shape that is not known.
@Suite("Parser errors: checking on after a stage fails")
struct ContinuedCheckingTests {
    @Test("a wrong bias count does not hide grad_output, expected-shape and `at` errors")
    func biasCountHidesNothing() {
        let diagnostics = LessonTestSupport.diagnostics(
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
            bias: [1, 2]
            grad_output: |
              1 1 1
            expected:
              output: |
                1 2 3
              cells:
                - {at: [3, 1], value: 0}
            """)
        // 3×3 ⊛ 2×2 gives 2×2 whatever the bias: grad_output (1×3), expected.output (1×3) and row 3 do not fit it.
        #expect(diagnostics.map(\.location) == [position(11, 7), position(12, 14), position(15, 11), position(18, 12)])
        #expect(
            diagnostics.map(\.message) == [
                "conv2d: bias has 2 value(s) but there are 1 filter(s): give one bias per filter",
                "grad_output is 1×1×3 but the output it is the gradient of is 1×2×2",
                "expected.output is 1×1×3 but the lesson computes 1×2×2",
                "`at: [3, 1]` does not name a cell of output, which is 1×2×2: write [row, column] or [channel, row, column], counting from 1",
            ])
    }

    @Test("pooling padding that leaves a window only padding does not hide `cells` errors")
    func poolingPaddingHidesNothing() {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: maxpool2d
            size: 2
            padding: 2
            input: |
              1 2 3 4
              5 6 7 8
              9 1 2 3
              4 5 6 7
            expected:
              cells:
                - {at: [4, 4], value: 0}
                - {at: [5, 1], value: 0}
                - {at: [2], value: 0}
            """)
        // Padded to 8, windows of 2 every 2: 4 outputs per side, so [4, 4] is a cell and [5, 1] and [2] are not.
        #expect(diagnostics.map(\.location) == [position(5, 10), position(14, 12), position(15, 12)])
        #expect(
            diagnostics.first?.message.hasPrefix(
                "maxpool2d: pooling padding (2 before, 2 after) in height leaves window 1 of 4 reading only padding") == true)
        #expect(
            diagnostics.dropFirst().allSatisfy {
                $0.message.hasSuffix(
                    "does not name a cell of output, which is 1×4×4: write [row, column] or [channel, row, column], counting from 1")
            })
    }

    @Test("every failing stage of a chain is reported, and grad_output is checked against the chain's output")
    func failingStagesOfAChain() {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: conv2d
            input: |
              1 2 3 4 5
              1 2 3 4 5
              1 2 3 4 5
              1 2 3 4 5
              1 2 3 4 5
            filters: "1"
            bias: [1, 2]
            then:
              - op: maxpool2d
                size: 2
                padding: 2
              - op: relu
            grad_output: |
              1 2
              3 4
            """)
        // 5×5 ⊛ 1×1 is 5×5; padded by 2 on each side to 9, windows of 2 every 2 give ⌊(9 − 2) / 2⌋ + 1 = 4 per side.
        #expect(diagnostics.map(\.location) == [position(11, 7), position(15, 14), position(17, 14)])
        #expect(diagnostics.last?.message == "grad_output is 1×2×2 but the output it is the gradient of is 1×4×4")
    }

    @Test("after a stride that cannot be read, nothing is checked against a shape that depends on it")
    func unreadableStride() throws {
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
            stride: two
            grad_output: "1"
            expected:
              cells:
                - {at: [1, 1], value: 6}
            """)
        #expect(diagnostic.message == "stride must be a whole number")
    }

    @Test("an unknown op does not hide the input's problems")
    func unknownOpAndInput() {
        let diagnostics = LessonTestSupport.diagnostics("id: x\ntitle: T\nop: conv3d\ninput: \"1 x\"\nexpected:\n  output: \"1 y\"\n")
        #expect(
            diagnostics.map(\.message) == [
                "unknown op `conv3d`", "input has `x`, which is not a number", "expected.output has `y`, which is not a number",
            ])
    }

    @Test("an unknown op under `then` leaves the output's shape unknown: grad_output is not checked against a guess")
    func unknownStageUnderThen() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: |
              1 2
              3 4
            then:
              - op: maxpol2d
                size: 2
            grad_output: "1"
            """)
        #expect(diagnostic.message == "unknown op `maxpol2d`")
    }

    @Test("a grad_output of the wrong shape still has a backward pass: expected gradients are checked, not refused")
    func wrongGradOutputKeepsTheBackwardPass() {
        let diagnostics = LessonTestSupport.diagnostics(
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
            grad_output: "1 1 1"
            expected:
              grad_input: |
                1 1 0
                1 2 1
                0 1 1
              grad_filters: "1 2 3"
            """)
        #expect(
            diagnostics.map(\.message) == [
                "grad_output is 1×1×3 but the output it is the gradient of is 1×2×2",
                "expected.grad_filters is 1×1×1×3 but the lesson computes 1×1×2×2",
            ])
    }

    @Test("a linear layer's wrong bias count does not hide a grad_output of the wrong size")
    func linearBiasHidesNothing() {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: linear
            input: [1, 2]
            weight: [[1, 0], [0, 1], [1, 1]]
            bias: [1, 2]
            grad_output: [1, 1]
            """)
        // Three rows of weights give three outputs, whatever the bias.
        #expect(diagnostics.map(\.location) == [position(6, 7), position(7, 14)])
        #expect(diagnostics.first?.message == "linear: bias has 2 value(s) but the layer has 3 output(s): give one bias per output")
        #expect(diagnostics.last?.message.hasSuffix("but the output it is the gradient of is 3") == true)
    }

    @Test("a loss whose target does not fit still has a backward pass: expected gradients are checked")
    func lossTargetHidesNothing() {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: linear
            input: [1, 2]
            weight: [[1, 0], [0, 1]]
            then:
              - op: mse_loss
                target: [1, 2, 3]
            expected:
              grad_input: [1, 2, 3]
            """)
        #expect(diagnostics.map(\.location) == [position(8, 13), position(10, 15)])
        #expect(diagnostics.last?.message == "expected.grad_input is 3 but the lesson computes 2")
    }

    @Test("a failed linear layer's weight still gives dL/dW its shape, from the weight as written")
    func failedLinearLayerKeepsItsParameterShapes() {
        let diagnostics = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: linear
            input: [1, 2]
            weight: [[1, 0], [0, 1], [1, 1]]
            bias: [1, 2]
            grad_output: [1, 1, 1]
            expected:
              grad_filters: [[1, 2]]
              grad_bias: [1, 1, 1]
            """)
        #expect(diagnostics.map(\.location) == [position(6, 7), position(9, 17)])
        #expect(diagnostics.last?.message == "expected.grad_filters is 1×2 but the lesson computes 3×2")
    }
}
