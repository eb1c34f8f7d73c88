import LessonModel
import LessonPractice
import LessonTestSupport
import Testing

/// Each common mistake is recognised from the number it produces.
@Suite struct PracticeCoachTests {
    /// The first mistake named for `answer`.
    func diagnosis(_ lessonID: String, phase phaseIndex: Int = 0, step number: Int, answer: String) throws -> Mistake.Kind? {
        try diagnoses(lessonID, phase: phaseIndex, step: number, answer: answer).first
    }

    /// Every mistake named for `answer`, in order.
    func diagnoses(_ lessonID: String, phase phaseIndex: Int = 0, step number: Int, answer: String) throws -> [Mistake.Kind] {
        let phase = try LessonTestSupport.builtin(lessonID).phases[phaseIndex]
        let step = try #require(phase.operation?.step(at: number))
        let typed = try #require(TypedNumber(answer))
        return PracticeCoach.diagnose(typed, step: step, phase: phase).map(\.kind)
    }

    @Test func flippedKernel() throws {
        // Z₁,₁ with W turned 180° (1s on the right): −(3+1+2) + (1+8+2) = 5 instead of −5.
        #expect(try diagnosis("vertical-edges", step: 0, answer: "5") == .kernelFlipped)
    }

    @Test func forgottenBias() throws {
        // Z₁,₁ = 1·1 + 2·(−1) + 3·2 + 1·0 + 1 = 6; without the bias 5.
        #expect(try diagnosis("symbolic-convolution", step: 0, answer: "5") == .biasForgotten)
    }

    @Test func skippedPadding() throws {
        // With padding 1, Z₁,₁ = A₁,₁·W₂,₂ + B = 0 + 1 = 1; on the unpadded input the window gives 1 − 2 + 6 + 0 + 1 = 6.
        #expect(try diagnosis("padding-one-symbolic", step: 0, answer: "6") == .paddingSkipped)
    }

    @Test func windowOneCellOff() throws {
        // One column right of Z₁,₁'s window is Z₁,₂'s window: −4.
        #expect(try diagnosis("vertical-edges", step: 0, answer: "-4") == .windowShiftedByOne)
    }

    @Test func windowOneStrideOff() throws {
        // Stride 2: the next window to the right gives 31 (one cell right would give −8).
        #expect(try diagnosis("stride-two-seven", step: 0, answer: "31") == .windowShiftedByStride)
    }

    @Test func droppedSign() throws {
        // Z₁,₁ = −5; with 8×(−1) counted as +8 the sum is −5 + 16 = 11.
        #expect(try diagnosis("vertical-edges", step: 0, answer: "11") == .signDropped)
    }

    @Test func wrongWinner() throws {
        // Window {4, 8, 16, 10}: 10 is there but 16 is the largest.
        #expect(try diagnosis("max-pooling", step: 0, answer: "10") == .wrongWinner)
    }

    @Test func averageNotDivided() throws {
        // 4 + 8 + 16 + 10 = 38, not divided by 4.
        #expect(try diagnosis("average-pooling", step: 0, answer: "38") == .averageNotDivided)
    }

    @Test func filterNotRotatedForTheInputGradient() throws {
        // dL/dX₁,₂: grid window [[0, 0], [1, 2]]; with rot180(F) = [[0, 2], [−1, 1]] it is −1 + 2 = 1,
        // with F as it is ([[1, −1], [2, 0]]) 1·2 + 2·0 = 2.
        #expect(try diagnosis("backward", phase: 2, step: 1, answer: "2") == .filterNotRotated)
    }

    @Test func anUnexplainedAnswerHasNoDiagnosis() throws {
        #expect(try diagnosis("vertical-edges", step: 0, answer: "1234") == nil)
    }

    @Test func theRightAnswerHasNoDiagnosis() throws {
        #expect(try diagnoses("vertical-edges", step: 0, answer: "-5").isEmpty)
    }

    @Test func everyMistakeThatGivesTheNumberIsNamed() throws {
        // Z₁,₂ of padding-one-symbolic: window [[0, 0], [1, 2]] on W = [[1, −1], [2, 0]], bias 1:
        // 0 + 0 + 2 + 0 + 1 = 3. Flipped (rot180 W = [[0, 2], [−1, 1]]): −1 + 2 + 1 = 2; without the bias: 2.
        let padded = try diagnoses("padding-one-symbolic", step: 1, answer: "2")
        #expect(padded.contains(.kernelFlipped) && padded.contains(.biasForgotten))
        // Z₁,₁ of vertical-edges is (3 + 1 + 2) − (1 + 8 + 2) = −5; flipped it is +5, and 5 is also −5 with its
        // sign turned.
        let edges = try diagnoses("vertical-edges", step: 0, answer: "5")
        #expect(edges == [.kernelFlipped, .resultSignTurned])
    }

    @Test func aMissIsExplainedWithEveryMistakeAndWithoutTheValue() throws {
        let phase = try LessonTestSupport.builtin("vertical-edges").phases[0]
        let step = try #require(phase.operation?.step(at: 0))
        var question = PracticeQuestion(truth: step.total)
        question.typed = "5"
        guard case .wrong(let miss) = question.submit(step: step, phase: phase) else {
            Issue.record("5 is not Z₁,₁")
            return
        }
        let text = miss.explanation()
        #expect(text.hasPrefix("Not 5. That is what you get with the kernel flipped"))
        #expect(text.contains("Or: that is the right size with the wrong sign"))
        #expect(!text.contains("−5"))
    }

    @Test func theHintNamesTheWindowAndTheTermsButNoNumber() throws {
        let phase = try LessonTestSupport.builtin("vertical-edges").phases[0]
        let step = try #require(phase.operation?.step(at: 0))
        let hint = PracticeCoach.hint(step: step, phase: phase)
        #expect(
            hint == "Hint: Window on rows 1 to 3, columns 1 to 3 of X. "
                + "Z₁,₁ = X₁,₁·W₁,₁ + X₁,₂·W₁,₂ + X₁,₃·W₁,₃ + … + X₃,₂·W₃,₂ + X₃,₃·W₃,₃, 9 terms.")
    }

    @Test func aQuestionGivesAHintAfterOneMissAndTheSumAfterTwo() throws {
        let phase = try LessonTestSupport.builtin("vertical-edges").phases[0]
        let step = try #require(phase.operation?.step(at: 0))
        var question = PracticeQuestion(truth: step.total)
        #expect(question.isFirstTry && !question.showsHint && !question.showsSum)
        question.typed = "x"
        #expect(question.submit(step: step, phase: phase) == .notANumber)
        #expect(question.isFirstTry)
        question.typed = "1"
        _ = question.submit(step: step, phase: phase)
        #expect(question.showsHint && !question.showsSum && question.typed.isEmpty && !question.isFirstTry)
        question.typed = "2"
        _ = question.submit(step: step, phase: phase)
        #expect(question.showsSum && !question.showsHint)
        question.typed = "−5"
        #expect(question.submit(step: step, phase: phase) == .right)
        #expect(question.misses.map(\.typed) == [1, 2])
    }

    @Test func askingForTheSumIsNotAFirstTry() {
        var question = PracticeQuestion(truth: 3)
        question.requestSum()
        #expect(question.showsSum && !question.isFirstTry)
    }

    @Test func typedNumbersAcceptDecimalsFractionsAndTheSlideMinus() throws {
        #expect(TypedNumber("9.5")?.matches(9.5) == true)
        #expect(TypedNumber("−4.75")?.matches(-4.75) == true)
        #expect(TypedNumber("19/4")?.matches(4.75) == true)
        #expect(TypedNumber("0.33")?.matches(1.0 / 3) == true)
        #expect(TypedNumber("10")?.matches(9.5) == false)
        #expect(TypedNumber("9.6")?.matches(9.5) == false)
        #expect(TypedNumber("abc") == nil)
        #expect(TypedNumber("nan") == nil)
        #expect(TypedNumber("1/0") == nil)
    }
}

/// The slips of a gradient-descent update, recognised from the number they give.
@Suite struct UpdateMistakeTests {
    // Iteration 1's update of learn-a-filter (phase 6): W₁,₁ = −0.1, dL/dW₁,₁ = −49/60, η = 0.8; the right
    // answer is −0.1 − 0.8×(−49/60) = 0.55333….
    func diagnosis(_ answer: String) throws -> [Mistake.Kind] {
        let phase = try LessonTestSupport.builtin("learn-a-filter").phases[5]
        let step = try #require(phase.operation?.step(at: 0))
        return PracticeCoach.diagnose(try #require(TypedNumber(answer)), step: step, phase: phase).map(\.kind)
    }

    @Test func theGradientAdded() throws {
        // −0.1 + 0.8×(−49/60) = −0.75333….
        #expect(try diagnosis("-0.75333333") == [.gradientAdded])
    }

    @Test func theLearningRateLeftOut() throws {
        // −0.1 − (−49/60) = 0.71666….
        #expect(try diagnosis("0.71666667") == [.learningRateLeftOut])
    }

    @Test func theRightAnswerIsNoMistake() throws {
        #expect(try diagnosis("0.55333333").isEmpty)
    }
}
