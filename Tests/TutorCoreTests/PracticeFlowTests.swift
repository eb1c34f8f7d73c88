import LessonFiles
import LessonModel
import LessonPractice
import LessonText
import Testing
import TutorCore

/// Practice mode through `update`: asked, answered, scored.
@Suite struct PracticeFlowTests {
    @Test func practiceAsksBeforeShowingTheSum() throws {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("t"))
        let player = try #require(tutor.player)
        #expect(player.isAwaitingAnswer)
        #expect(player.revealedTerms == 0)
    }

    @Test func rightAnswerScoresAndRevealsTheStep() throws {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("t"))
        tutor.type("-5")
        tutor.press(.enter)
        let player = try #require(tutor.player)
        #expect(player.practice?.outcome == .correct(-5))
        #expect(player.practice?.firstTryCorrect == 1)
        #expect(player.isStepComplete)
    }

    @Test func wrongAnswerNamesTheMistakeAndShowsTheSum() throws {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("t"))
        tutor.type("5")
        tutor.press(.enter)
        let player = try #require(tutor.player)
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
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("t"))
        tutor.type("-")
        tutor.press(.enter)
        #expect(tutor.player?.isAwaitingAnswer == true)
        #expect(tutor.player?.practice?.asked == 0)
        #expect(tutor.state.notice?.isError == true)
        tutor.press(.backspace)
        tutor.type("-5")
        tutor.press(.enter)
        #expect(tutor.player?.practice?.asked == 1)
    }

    @Test func nextAsksAgainAndGoingBackDoesNot() throws {
        var tutor = Fixtures.playing("vertical-edges", practice: PracticeState())
        tutor.type("-5")
        tutor.press(.enter, .right)
        #expect(tutor.player?.stepIndex == 1)
        #expect(tutor.player?.isAwaitingAnswer == true)
        tutor.press(.right)  // skip: shows the value
        #expect(tutor.player?.practice?.outcome == .skipped(-4))
        tutor.press(.left)
        #expect(tutor.player?.isAwaitingAnswer == false)
    }

    @Test func everyNthCellIsAsked() throws {
        var tutor = Fixtures.playing("vertical-edges", practice: PracticeState(every: 4))
        #expect(tutor.player?.isAwaitingAnswer == true)
        tutor.press(.right)
        for expectedAsked in [false, false, false, true] {
            tutor.press(.right)
            #expect(tutor.player?.isAwaitingAnswer == expectedAsked)
        }
    }

    @Test func theScoreIsShownAtTheEnd() throws {
        var tutor = Fixtures.playing("max-pooling", practice: PracticeState())
        // Forward 16 9 67 13 (one wrong), then dL/dX: answer all 16 cells by skipping.
        for (index, answer) in ["16", "9", "10", "13"].enumerated() {
            tutor.type(answer)
            tutor.press(.enter)
            if index < 3 { tutor.press(.right) }
        }
        tutor.press(.right)
        for _ in 0..<16 { tutor.press(.right, .right) }
        tutor.press(.right)
        #expect(tutor.state.notice?.text.contains("3 of 20 right on the first try") == true)
    }
}
