import LessonFiles
import LessonModel
import LessonTestSupport
import Testing

/// `AnswerKey.verify` finds stated values the engine computes differently, and shows the sum that proves it.
@Suite("Answer keys")
struct AnswerKeyTests {
    /// stride-two-seven with the slide's wrong value 10 in place of the correct 7 (line 29).
    private func strideTwoSevenAsOnTheSlide() throws -> Lesson {
        let text = try LessonTestSupport.builtinText("stride-two-seven")
        #expect(text.contains("    9  31  7\n"))
        return try LessonTestSupport.lesson(text.replacingOccurrences(of: "    9  31  7\n", with: "    9  31  10\n"))
    }

    @Test("one wrong value gives one mismatch at that value, with stated and computed values")
    func wrongValueIsFound() throws {
        let lesson = try strideTwoSevenAsOnTheSlide()
        let mismatches = AnswerKey.verify(lesson)
        try #require(mismatches.count == 1)
        let mismatch = mismatches[0]
        #expect(mismatch.expected.result == .output)
        #expect(mismatch.expected.index == [0, 0, 2])
        #expect(mismatch.expected.value == 10)
        // Window rows 1–3, columns 5–7: [[7,4,6],[3,1,7],[1,3,8]] against [[3,4,−1],[3,0,−1],[0,2,−4]]:
        // 21 + 16 − 6 + 9 + 0 − 7 + 0 + 6 − 32 = 7.
        #expect(mismatch.computed == 7)
        // Line 29 is `    9  31  10`; `10` starts at column 12.
        #expect(mismatch.expected.location == position(29, 12))
    }

    @Test("the mismatch diagnostic states both values and gives the Hadamard sum as the hint")
    func mismatchDiagnostic() throws {
        let diagnostic = try #require(AnswerKey.verify(try strideTwoSevenAsOnTheSlide()).first)
            .diagnostic(file: "lessons/05-stride-two-seven.yaml", glyphs: .unicode)
        #expect(
            diagnostic.description == """
                lessons/05-stride-two-seven.yaml:29:12: error: output Z₁,₃ is stated as 10 but computes to 7
                  hint: Z₁,₃ = 7×3 + 4×4 + 6×(−1) + 3×3 + 1×0 + 7×(−1) + 1×0 + 3×2 + 8×(−4) = 7
                """)
    }

    @Test("in ASCII the same diagnostic uses brackets, x and -")
    func mismatchDiagnosticInASCII() throws {
        let lesson = try strideTwoSevenAsOnTheSlide()
        let mismatch = try #require(AnswerKey.verify(lesson, glyphs: .ascii).first)
        let diagnostic = mismatch.diagnostic(file: "f.yaml", glyphs: .ascii)
        #expect(diagnostic.message == "output Z[1,3] is stated as 10 but computes to 7")
        #expect(diagnostic.hint == "Z[1,3] = 7x3 + 4x4 + 6x(-1) + 3x3 + 1x0 + 7x(-1) + 1x0 + 3x2 + 8x(-4) = 7")
    }

    @Test("a long sum in the hint keeps its first nine and last two terms around an ellipsis")
    func longSumIsAbbreviated() throws {
        let text = try LessonTestSupport.builtinText("multichannel-one-filter")
        #expect(text.contains("    -3 -5  3   7\n"))
        let lesson = try LessonTestSupport.lesson(text.replacingOccurrences(of: "    -3 -5  3   7\n", with: "    -4 -5  3   7\n"))
        let mismatch = try #require(AnswerKey.verify(lesson).first)
        // Z₁,₁: red (3+1+2) − (1+8+2) = −5, green (2+1+0) − (1+0+3) = −1, blue centre 2, bias 1: −5 − 1 + 2 + 1 = −3.
        #expect(mismatch.computed == -3)
        #expect(mismatch.equation == "Z₁,₁ = 3×1 + 0×0 + 1×(−1) + 1×1 + 5×0 + 8×(−1) + 2×1 + 7×0 + 2×(−1) + … + 0×0 + 3×0 + 1 = −3")
    }

    @Test("a wrong gradient is reported for the result it belongs to")
    func wrongGradient() throws {
        let text = try LessonTestSupport.builtinText("backward")
        #expect(text.contains("  grad_bias: 5\n"))
        let lesson = try LessonTestSupport.lesson(text.replacingOccurrences(of: "  grad_bias: 5\n", with: "  grad_bias: 4\n"))
        let mismatch = try #require(AnswerKey.verify(lesson).first)
        #expect(mismatch.expected.result == .gradBias)
        // dL/db = Σ dL/dO = 1 + 2 − 1 + 3 = 5.
        #expect(mismatch.computed == 5)
        #expect(mismatch.equation == "dL/db = 1 + 2 + (−1) + 3 = 5")
    }

    @Test("9.5000001 matches 9.5 (within 1e-6 relative) and 9.6 does not")
    func toleranceOnALesson() throws {
        let text = try LessonTestSupport.builtinText("average-pooling")
        #expect(text.contains(" 9.5  4.75"))
        // (4 + 8 + 16 + 10) / 4 = 9.5
        let close = try LessonTestSupport.lesson(text.replacingOccurrences(of: " 9.5  4.75", with: " 9.5000001  4.75"))
        #expect(AnswerKey.verify(close).isEmpty)
        let far = try LessonTestSupport.lesson(text.replacingOccurrences(of: " 9.5  4.75", with: " 9.6  4.75"))
        #expect(AnswerKey.verify(far).map(\.computed) == [9.5])
    }

    @Test("the tolerance is relative above 1 and absolute below 1")
    func toleranceRule() {
        #expect(AnswerKey.matches(9.5000001, 9.5))
        #expect(!AnswerKey.matches(9.6, 9.5))
        #expect(AnswerKey.matches(1_000_000.5, 1_000_000))
        #expect(!AnswerKey.matches(1_000_002, 1_000_000))
        #expect(AnswerKey.matches(0.0000005, 0))
        #expect(!AnswerKey.matches(0.000002, 0))
    }

    @Test("a lesson whose answers are all right verifies with no mismatches, and a cell check works alone")
    func cellsVerify() throws {
        let lesson = try LessonTestSupport.lesson(
            """
            id: x
            title: T
            op: conv2d
            input: |
              1 2
              3 4
            filters: |
              1 −1
            expected:
              cells:
                - {at: [2, 1], value: -1}
                - {at: [1, 1], value: 0}
            """)
        // Z₂,₁ = 3×1 + 4×(−1) = −1 is right; Z₁,₁ = 1×1 + 2×(−1) = −1, not 0.
        let mismatches = AnswerKey.verify(lesson)
        // Line 12 is `    - {at: [1, 1], value: 0}`: the value 0 is at column 27.
        #expect(mismatches.map(\.expected.location) == [position(12, 27)])
        #expect(mismatches.map(\.computed) == [-1])
    }
}
