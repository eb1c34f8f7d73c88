import LessonModel
import LessonTestSupport
import Testing

/// Problems with shapes, parameters and the documented limits, each reported at the value at fault.
@Suite("Parser errors: shapes, parameters and limits")
struct GeometryErrorTests {
    /// A 2×2 input under a 3×3 filter, with `extra` lines appended.
    private func twoByTwoUnderThreeByThree(_ extra: String = "") -> String {
        """
        id: x
        title: T
        op: conv2d
        input: |
          1 2
          3 4
        filters: |
          1 0 1
          0 1 0
          1 0 1
        \(extra)
        """
    }

    @Test("a kernel larger than the input is reported at `filters`")
    func kernelLargerThanInput() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(twoByTwoUnderThreeByThree())
        // `filters: |`: the block's `|` is at column 10.
        #expect(diagnostic.location == position(7, 10))
        #expect(
            diagnostic.message
                == "conv2d: the kernel spans 3 cells in height but the padded input has only 2: add padding or use a smaller kernel")
    }

    @Test("the same kernel fits once padding makes the input 4×4")
    func paddingMakesTheKernelFit() throws {
        let lesson = try LessonTestSupport.lesson(twoByTwoUnderThreeByThree("padding: 1"))
        // (2 + 1 + 1 − 3) / 1 + 1 = 2 outputs per side.
        #expect(lesson.results()[.output]?.shape == [1, 2, 2])
    }

    @Test("a stride of 0 or below is reported at its value", arguments: ["0", "-2"])
    func nonPositiveStride(_ stride: String) throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: conv2d
            input: |
              1 2
              3 4
            filters: "1"
            stride: \(stride)
            """)
        #expect(diagnostic.location == position(8, 9))
        #expect(diagnostic.message == "stride is \(stride) but must be between 1 and 64")
    }

    @Test("a zero pooling stride in a pair is reported at that number")
    func zeroStrideInPair() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: maxpool2d
            size: 2
            stride: [1, 0]
            input: |
              1 2
              3 4
            """)
        // `stride: [1, ` is 12 characters.
        #expect(diagnostic.location == position(5, 13))
        #expect(diagnostic.message == "stride is 0 but must be between 1 and 64")
    }

    @Test("negative padding is reported at its value, also inside per-side pairs")
    func negativePadding() {
        let plain = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: conv2d
            input: |
              1 2
              3 4
            filters: "1"
            padding: -1
            """)
        #expect(plain.map(\.location) == [position(8, 10)])
        #expect(plain.map(\.message) == ["padding is -1 but must be between 0 and 64"])
        let sides = LessonTestSupport.diagnostics(
            """
            id: x
            title: T
            op: conv2d
            input: |
              1 2
              3 4
            filters: "1"
            padding: [[1, 0], [0, -2]]
            """)
        // `padding: [[1, 0], [0, ` is 22 characters.
        #expect(sides.map(\.location) == [position(8, 23)])
        #expect(sides.map(\.message) == ["padding is -2 but must be between 0 and 64"])
    }

    @Test("filters with fewer channels than the input are reported at `filters` with the count needed")
    func channelMismatch() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: conv2d
            input: |
              1 2 3
              4 5 6
              7 8 9

              1 2 3
              4 5 6
              7 8 9
            filters: |
              1 0
              0 1
            """)
        #expect(diagnostic.location == position(12, 10))
        #expect(
            diagnostic.message
                == "conv2d: filters have 1 channel(s) but the input has 2: each filter needs one kernel slice per input channel")
        #expect(diagnostic.hint == "give each filter 2 channel(s), separated by blank lines")
    }

    @Test("two biases for one filter are reported at `bias`")
    func biasCountMismatch() throws {
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
            bias: [1, 2]
            """)
        #expect(diagnostic.location == position(11, 7))
        #expect(diagnostic.message == "conv2d: bias has 2 value(s) but there are 1 filter(s): give one bias per filter")
    }

    @Test("grad_output of the wrong shape is reported at grad_output")
    func gradOutputShape() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: |
              1 -2
              3 4
            grad_output: |
              1 2 3
              4 5 6
            """)
        #expect(diagnostic.location == position(7, 14))
        #expect(diagnostic.message == "grad_output is 1×2×3 but the output it is the gradient of is 1×2×2")
    }

    @Test("grad_output must match the last stage of a chain, not the input")
    func gradOutputShapeOfChain() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            """
            id: x
            title: T
            op: relu
            input: |
              1 -2 3 4
              5 6 -7 8
            then:
              - op: maxpool2d
                size: 2
            grad_output: |
              1 2 3 4
              5 6 7 8
            """)
        // ReLU keeps 2×4; 2×2 pooling with stride 2 makes it 1×2.
        #expect(diagnostic.location == position(10, 14))
        #expect(diagnostic.message == "grad_output is 1×2×4 but the output it is the gradient of is 1×1×2")
    }

    @Test(
        "a parameter the operation does not take is reported at that key's value",
        arguments: [
            (
                "conv2d", "filters: \"1\"\nsize: 2", position(8, 7), "`size` does not apply to conv2d",
                "conv2d takes: filters, bias, stride, padding, dilation, groups"
            ),
            ("relu", "stride: 2", position(7, 9), "`stride` does not apply to relu", "relu takes no parameters"),
            // As in PyTorch: avg_pool2d has no dilation, max_pool2d no count_include_pad.
            (
                "avgpool2d", "size: 1\ndilation: 2", position(8, 11), "`dilation` does not apply to avgpool2d",
                "avgpool2d takes: size, stride, padding, ceil_mode, count_include_pad"
            ),
            (
                "maxpool2d", "size: 1\ncount_include_pad: false", position(8, 20), "`count_include_pad` does not apply to maxpool2d",
                "maxpool2d takes: size, stride, padding, ceil_mode, dilation"
            ),
        ])
    func parameterThatDoesNotApply(
        _ operation: String, _ parameters: String, _ location: LessonModel.SourceLocation, _ message: String, _ hint: String
    ) throws {
        // Lines 1–6 are id, title, op and a 2×2 input; the parameters start on line 7.
        let diagnostic = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: \(operation)\ninput: |\n  1 2\n  3 4\n\(parameters)\n")
        #expect(diagnostic.location == location)
        #expect(diagnostic.message == message)
        #expect(diagnostic.hint == hint)
    }

    @Test("an input 1025 values wide is over the 1024 limit")
    func inputTooWide() throws {
        let row = Array(repeating: "1", count: 1025).joined(separator: " ")
        let diagnostic = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: relu\ninput: |\n  \(row)\n")
        #expect(diagnostic.location == position(4, 8))
        #expect(diagnostic.message == "input is 1×1025; the limit is 1024 per side")
        #expect(LessonLimits.spatialSize == 1024)
    }

    @Test("an input exactly 1024 wide is accepted")
    func inputAtTheLimit() throws {
        let row = Array(repeating: "1", count: 1024).joined(separator: " ")
        let lesson = try LessonTestSupport.lesson("id: x\ntitle: T\nop: relu\ninput: |\n  \(row)\n")
        #expect(lesson.stages.first?.input?.shape == [1, 1, 1024])
    }

    @Test("an input with 65 channels is over the 64-channel limit")
    func tooManyChannels() throws {
        let channels = Array(repeating: "  1", count: 65).joined(separator: "\n\n")
        let diagnostic = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: relu\ninput: |\n\(channels)\n")
        #expect(diagnostic.location == position(4, 8))
        #expect(diagnostic.message == "input has 65 channels; the limit is \(LessonLimits.channels)")
    }

    @Test("65 filters are over the 64-filter limit")
    func tooManyFilters() throws {
        let filters = Array(repeating: "  - [[[1]]]", count: 65).joined(separator: "\n")
        let diagnostic = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: conv2d\ninput: \"1 2\"\nfilters:\n\(filters)\n")
        #expect(diagnostic.location == position(6, 3))
        #expect(diagnostic.message == "filters are 65×1×1×1; the limits are 64 filters and 64 per kernel side")
    }

    @Test("a stride over 64 is over the geometry limit")
    func strideOverLimit() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic("id: x\ntitle: T\nop: maxpool2d\nsize: 1\nstride: 65\ninput: \"1 2\"\n")
        #expect(diagnostic.location == position(5, 9))
        #expect(diagnostic.message == "stride is 65 but must be between 1 and \(LessonLimits.geometry)")
    }
}
