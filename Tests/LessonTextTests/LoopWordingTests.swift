import CNNEngine
import LessonModel
import LessonTestSupport
import LessonText
import Testing

/// How a filter being learned reads: iteration titles and the update written out cell by cell.
@Suite struct LoopWordingTests {
    @Test func titlesSayWhichIteration() throws {
        let lesson = try LessonTestSupport.builtin("learn-a-filter")
        #expect(lesson.phases[0].title == "Learning W: L over 10 iterations, η = 0.8")
        #expect(lesson.phases[3].title == "Iteration 1 of 10 · dL/dZ = 2·(Z − y) / N")
        #expect(lesson.phases[5].title == "Iteration 1 of 10 · Update: W ← W − 0.8·dL/dW")
        #expect(lesson.phases[6].title == "Iteration 2 of 10 · Forward: Z = X ⊛ W")
    }

    @Test func theUpdateIsTheWeightLessEtaTimesItsGradient() throws {
        // Iteration 1 starts from seed 7's W₁,₁ = −0.1 with dL/dW₁,₁ = −0.81667 (−49/60): −0.1 − 0.8×(−0.81667) = 0.55333.
        let phase = try LessonTestSupport.builtin("learn-a-filter").phases[5]
        let step = try #require(phase.operation?.step(at: 0))
        let formatter = StepFormatter(phase: phase, glyphs: .unicode)
        #expect(formatter.equation(step) == "W₁,₁ = −0.1 − 0.8×(−0.8167) = 0.5533")
        #expect(formatter.symbolicExpression(step) == "W₁,₁ − 0.8×dL/dW₁,₁")
        #expect(StepFormatter(phase: phase, glyphs: .ascii).equation(step) == "W[1,1] = -0.1 - 0.8x(-0.8167) = 0.5533")
    }

    @Test func theLossAndItsGradientNameTheConvolutionsOutput() throws {
        let phases = try LessonTestSupport.builtin("learn-a-filter").phases
        let gradient = try #require(phases[3].operation?.step(at: 0))
        #expect(StepFormatter(phase: phases[3], glyphs: .unicode).targetLabel(gradient) == "dL/dZ₁,₁")
        let run = try #require(phases[0].operation?.step(at: 2))
        let runFormatter = StepFormatter(phase: phases[0], glyphs: .unicode)
        #expect(runFormatter.targetLabel(run) == "L₃")
        #expect(runFormatter.operandLabel(run.terms[0].left) == "Z₁,₁", "the run's predictions are the convolution's output")
        #expect(runFormatter.operandLabel(try #require(run.terms[0].right)) == "y₁,₁")
    }
}
