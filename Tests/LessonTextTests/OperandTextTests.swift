import LessonModel
import LessonTestSupport
import LessonText
import Testing

/// What plain narration and transcripts write about a phase's operands: the whole problem, in words a reader
/// without the screen can follow.
@Suite struct OperandTextTests {
    @Test("--plain prints the input and filter matrices before the first step (it printed only the sums)")
    func plainNarrationPrintsTheMatrices() throws {
        let lesson = try LessonTestSupport.builtin("vertical-edges")
        let texts = PlainNarration(lesson: lesson).entries().map(\.text)
        let firstStep = try #require(texts.firstIndex { $0.hasPrefix("Step 1 of") })
        let before = texts[..<firstStep].joined(separator: "\n")
        // The lesson's X (first row 3 0 1 2 7 4) and W (rows 1 0 −1).
        #expect(before.contains("X:\n    3  0  1  2  7  4"))
        #expect(before.contains("W:\n     1   0  −1\n     1   0  −1\n     1   0  −1"))
    }

    @Test("a padded input is shown with its padding, and windows are placed on it")
    func paddedInputAndWindowPlace() throws {
        let phase = try LessonTestSupport.builtin("padding-one-symbolic").phases[0]
        let blocks = phase.operandBlocks(glyphs: .unicode)
        let padded = try #require(blocks.first { $0.caption.hasPrefix("A padded") })
        // A is 4×4 with padding 1 on every side: 6×6, zeros all round, A's first row 1 2 0 1 inside.
        #expect(padded.caption == "A padded (top, bottom, left, right) = (1, 1, 1, 1)")
        #expect(padded.planes[0].rows.count == 6)
        #expect(padded.planes[0].rows[1] == "0  1  2  0  1  0")
        let step = try #require(phase.operation?.step(at: 0))
        #expect(phase.windowPlace(of: step, glyphs: .unicode) == "Window on rows 1 to 2, columns 1 to 2 of A padded (includes padding)")
    }

    @Test("\"with zeros inserted\" only where the stride inserted zeros")
    func zerosInsertedOnlyWithAStride() throws {
        let strideOne = try LessonTestSupport.builtin("backward").phases.first { $0.kind == .gradInput }
        let strideTwo = try LessonTestSupport.builtin("backward-stride-two").phases.first { $0.kind == .gradInput }
        #expect(strideOne?.caption(for: .gradOutputFullGrid) == "dL/dO padded for the full convolution")
        #expect(strideTwo?.caption(for: .gradOutputFullGrid) == "dL/dO with zeros inserted (stride) and padded for the full convolution")
    }
}

/// Narration given per step or range of steps.
@Suite struct StepNarrationTests {
    @Test("step 7 no longer says that the first window covers three zeros")
    func wordsFollowTheStep() throws {
        let phase = try LessonTestSupport.builtin("padding-one-symbolic").phases[0]
        #expect(phase.narration(atStep: 0).hasPrefix("The first window covers three zeros"))
        #expect(phase.narration(atStep: 3).hasPrefix("Along the top row"))
        #expect(phase.narration(atStep: 6).hasPrefix("Inside the image"))
        // Step 6 (index 5) has no words of its own: the phase's text.
        #expect(phase.narration(atStep: 5).hasPrefix("Padding cells always hold 0"))
    }

    @Test("a step key that is not a number or a range is an error at that key")
    func badStepKey() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(
            "id: x\ntitle: T\nop: relu\ninput: [[1]]\nnarration:\n  forward:\n    steps:\n      \"3-1\": no\n")
        #expect(diagnostic.location == position(8, 7))
        #expect(diagnostic.message == "`3-1` is not a step or a range of steps")
    }
}
