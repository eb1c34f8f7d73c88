import LessonFiles
import LessonModel
import LessonPractice
import LessonText
import Testing
import TutorCore

/// Practice mode through `update`: asked, missed and tried again, answered, scored.
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
        #expect(player.practice?.outcome == .correct(-5, misses: 0))
        #expect(player.practice?.firstTryCorrect == 1)
        #expect(player.isStepComplete)
    }

    @Test func aMissIsExplainedAndTheQuestionStaysOpenForAnotherTry() throws {
        var tutor = Fixtures.playing("vertical-edges", practice: PracticeState())
        tutor.type("5")
        tutor.press(.enter)
        var question = try #require(tutor.player?.question)
        // Z₁,₁ = −5: flipped, the kernel gives 5; 5 is also −5 with its sign turned.
        #expect(question.misses.last?.mistakes.map(\.kind) == [.kernelFlipped, .resultSignTurned])
        #expect(question.showsHint && !question.showsSum && question.typed.isEmpty)
        #expect(tutor.player?.isStepComplete == false)
        tutor.type("7")
        tutor.press(.enter)
        question = try #require(tutor.player?.question)
        #expect(question.showsSum)
        tutor.type("-5")
        tutor.press(.enter)
        let practice = try #require(tutor.player?.practice)
        #expect(practice.outcome == .correct(-5, misses: 2))
        #expect(practice.asked == 1 && practice.firstTryCorrect == 0)
        #expect(tutor.player?.isStepComplete == true)
    }

    @Test func tabShowsTheSumAndThenARightAnswerIsNotAFirstTry() throws {
        var tutor = Fixtures.playing("vertical-edges", practice: PracticeState())
        tutor.press(.tab)
        #expect(tutor.player?.question?.showsSum == true)
        #expect(tutor.player?.phaseIndex == 0)
        tutor.type("-5")
        tutor.press(.enter)
        #expect(tutor.player?.practice?.firstTryCorrect == 0)
        #expect(tutor.player?.practice?.asked == 1)
    }

    @Test func theBoxKeepsLettersEscapeAndBackspaceToItself() throws {
        var tutor = Fixtures.playing("vertical-edges", practice: PracticeState())
        tutor.press(.right)
        #expect(tutor.player?.stepIndex == 0)  // → skipped the first question: Z₁,₁ shown
        #expect(tutor.player?.practice?.outcome == .skipped(-5))
        tutor.press(.right)
        #expect(tutor.player?.stepIndex == 1 && tutor.player?.isAwaitingAnswer == true)
        tutor.type("-4")
        for key: Key in [.character("q"), .character("e"), .character("t"), .character("l"), .character(" ")] {
            tutor.press(key)
        }
        #expect(!tutor.quit)
        #expect(tutor.state.prompt == nil)
        #expect(tutor.player?.question?.typed == "-4")
        #expect(tutor.state.notice?.text.hasPrefix("The box takes a number.") == true)
        tutor.press(.escape)
        #expect(tutor.player?.question?.typed == "")
        #expect(tutor.player?.stepIndex == 1)
        tutor.press(.backspace, .backspace)
        #expect(tutor.player?.stepIndex == 1 && tutor.player?.isAwaitingAnswer == true)
        tutor.press(.enter)
        #expect(tutor.state.notice?.isError == true)
        #expect(tutor.player?.isAwaitingAnswer == true && tutor.player?.practice?.asked == 1)
    }

    @Test func leavingTheBoxTakesAnExplicitKey() throws {
        var tutor = Fixtures.playing("vertical-edges", practice: PracticeState())
        tutor.press(.character("q"))
        #expect(!tutor.quit)
        tutor.press(.right, .character("q"))
        #expect(tutor.quit)
    }

    @Test func notANumberIsRefusedWithoutCounting() throws {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("t"))
        tutor.type("-")
        tutor.press(.enter)
        #expect(tutor.player?.isAwaitingAnswer == true)
        #expect(tutor.player?.practice?.asked == 0)
        #expect(tutor.player?.question?.misses.isEmpty == true)
        #expect(tutor.state.notice?.isError == true)
        tutor.press(.backspace)
        tutor.type("-5")
        tutor.press(.enter)
        #expect(tutor.player?.practice?.asked == 1)
        #expect(tutor.player?.practice?.firstTryCorrect == 1)
    }

    @Test func nextAsksAgainAndGoingBackDoesNot() throws {
        var tutor = Fixtures.playing("vertical-edges", practice: PracticeState())
        tutor.type("-5")
        tutor.press(.enter, .right)
        #expect(tutor.player?.stepIndex == 1)
        #expect(tutor.player?.isAwaitingAnswer == true)
        tutor.press(.right)  // give up: shows the value
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

    @Test func picturesAreNotAsked() throws {
        let tutor = Fixtures.playing("image-as-matrix", practice: PracticeState())
        #expect(tutor.player?.isAwaitingAnswer == false)
    }

    @Test func theScoreCountsFirstTriesAndIsShownAtTheEnd() throws {
        var tutor = Fixtures.playing("max-pooling", practice: PracticeState())
        // Forward: windows {4, 8, 16, 10} {3, 9, 0, 7} {6, 12, 67, 18} {13, 8, 3, 7}: 16 9 67 13. The third is
        // missed once (10), then right. Then dL/dX: all 16 cells given up.
        for (index, answer) in ["16", "9", "10", "13"].enumerated() {
            tutor.type(answer)
            tutor.press(.enter)
            if index == 2 {
                tutor.type("67")
                tutor.press(.enter)
            }
            if index < 3 { tutor.press(.right) }
        }
        tutor.press(.right)
        for _ in 0..<16 { tutor.press(.right, .right) }
        tutor.press(.right)
        let notice = try #require(tutor.state.notice?.text)
        #expect(notice.contains("3 of 20 right on the first try"))
        #expect(tutor.state.currentProgress?.record.completed == true)
        #expect(tutor.state.currentProgress?.record.bestScore == LessonProgress.Score(correct: 3, asked: 20))
    }
}
