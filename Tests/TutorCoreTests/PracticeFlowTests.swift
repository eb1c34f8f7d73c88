import LessonFiles
import LessonModel
import LessonPractice
import LessonText
import Testing
import TutorCore

/// Practice mode through `update`: asked, answered, scored.
@Suite struct PracticeFlowTests {
    @Test func practiceAsksBeforeShowingTheSum() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("t"))
        let player = try #require(runtime.player)
        #expect(player.isAwaitingAnswer)
        #expect(player.revealedTerms == 0)
    }

    @Test func rightAnswerScoresAndRevealsTheStep() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("t"))
        runtime.type("-5")
        runtime.press(.enter)
        let player = try #require(runtime.player)
        #expect(player.practice?.outcome == .correct(-5))
        #expect(player.practice?.firstTryCorrect == 1)
        #expect(player.isStepComplete)
    }

    @Test func wrongAnswerNamesTheMistakeAndShowsTheSum() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("t"))
        runtime.type("5")
        runtime.press(.enter)
        let player = try #require(runtime.player)
        guard case .wrong(let typed, let truth, let mistake)? = player.practice?.outcome else {
            Issue.record("expected a wrong outcome")
            return
        }
        #expect(typed == 5 && truth == -5)
        #expect(mistake?.kind == .kernelFlipped)
        #expect(player.practice?.firstTryCorrect == 0)
        #expect(player.isStepComplete)
    }

    @Test func notANumberIsRefusedWithoutCounting() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("t"))
        runtime.type("-")
        runtime.press(.enter)
        #expect(runtime.player?.isAwaitingAnswer == true)
        #expect(runtime.player?.practice?.asked == 0)
        #expect(runtime.state.notice?.isError == true)
        runtime.press(.backspace)
        runtime.type("-5")
        runtime.press(.enter)
        #expect(runtime.player?.practice?.asked == 1)
    }

    @Test func nextAsksAgainAndGoingBackDoesNot() throws {
        var runtime = Fixtures.playing("vertical-edges", practice: PracticeState())
        runtime.type("-5")
        runtime.press(.enter, .right)
        #expect(runtime.player?.stepIndex == 1)
        #expect(runtime.player?.isAwaitingAnswer == true)
        runtime.press(.right)  // skip: shows the value
        #expect(runtime.player?.practice?.outcome == .skipped(-4))
        runtime.press(.left)
        #expect(runtime.player?.isAwaitingAnswer == false)
    }

    @Test func everyNthCellIsAsked() throws {
        var runtime = Fixtures.playing("vertical-edges", practice: PracticeState(every: 4))
        #expect(runtime.player?.isAwaitingAnswer == true)
        runtime.press(.right)
        for expectedAsked in [false, false, false, true] {
            runtime.press(.right)
            #expect(runtime.player?.isAwaitingAnswer == expectedAsked)
        }
    }

    @Test func theScoreIsShownAtTheEnd() throws {
        var runtime = Fixtures.playing("max-pooling", practice: PracticeState())
        // Forward 16 9 67 13 (one wrong), then dL/dX: answer all 16 cells by skipping.
        for (index, answer) in ["16", "9", "10", "13"].enumerated() {
            runtime.type(answer)
            runtime.press(.enter)
            if index < 3 { runtime.press(.right) }
        }
        runtime.press(.right)
        for _ in 0..<16 { runtime.press(.right, .right) }
        runtime.press(.right)
        #expect(runtime.state.notice?.text.contains("3 of 20 right on the first try") == true)
    }

    @Test func animationStopsAtAQuestion() throws {
        var runtime = Fixtures.playing("vertical-edges", practice: PracticeState(every: 2))
        runtime.type("-5")
        runtime.press(.enter, .character("p"))
        runtime.advance(by: 100_000)
        let player = try #require(runtime.player)
        #expect(player.stepIndex == 2)
        #expect(player.isAwaitingAnswer)
        #expect(!player.playing)
    }
}
