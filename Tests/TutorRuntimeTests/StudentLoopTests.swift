import LessonPractice
import Testing
import TutorCore
import TutorRendering

@testable import TutorRuntime

/// Practice and resuming on the real loop and the manual clock.
@Suite struct StudentLoopTests {
    let size = TerminalSize(width: 80, height: 24)
    let interval = Speed.interval(level: Speed.defaultLevel)

    @Test func autoplayAfterARightAnswerStopsAtTheNextQuestion() throws {
        let pilot = Pilot.playing("vertical-edges", practice: PracticeState())
        #expect(pilot.screen.contains("Z₁,₁ = ?"))
        pilot.type("-5")
        pilot.press(.enter)
        #expect(pilot.screen.contains("Right: −5."))
        pilot.press(.enter)  // the question is closed: Enter plays
        #expect(pilot.pendingTicks.count == 1)
        pilot.advance(by: interval * 3)
        // The next step is a question: the animation stops there, its value nowhere on screen.
        #expect(pilot.player?.stepIndex == 1 && pilot.player?.isAwaitingAnswer == true)
        #expect(pilot.pendingTicks.isEmpty)
        #expect(pilot.screen.contains("Z₁,₂ = ?"))
        #expect(!pilot.screen.contains("−4"))
        pilot.advance(by: interval * 5)
        #expect(pilot.player?.stepIndex == 1)
    }

    @Test func afterAMissDigitsGoToTheBoxAndEnterChecksInsteadOfPlaying() throws {
        let pilot = Pilot.playing("vertical-edges", practice: PracticeState())
        pilot.type("5")
        pilot.press(.enter)
        pilot.type("7")
        #expect(pilot.screen.contains("Your answer: 7_"))
        pilot.press(.enter)
        #expect(pilot.pendingTicks.isEmpty)
        #expect(pilot.player?.question?.showsSum == true)
        #expect(pilot.screen.contains("2×(−1) = ?"))
        pilot.press(.character("q"), .escape, .character("e"))
        #expect(pilot.ending == nil)
        #expect(pilot.state.prompt == nil)
        #expect(pilot.player?.isAwaitingAnswer == true)
        #expect(pilot.screen.contains("The box takes a number."))
    }

    @Test func playResumesWhereTheStudentLeftAndASignalKeepsThatPlace() throws {
        let saved = LessonProgress(phase: 0, step: 5, completed: false, shownSteps: 6)
        let pilot = Pilot(
            TutorState(
                playing: Fixtures.lesson("vertical-edges"), menuLessons: Fixtures.lessons, size: size,
                progress: ["vertical-edges": saved]))
        #expect(pilot.screen.contains("Resume at phase 1, step 6? [Y/n]"))
        pilot.press(.character("q"), .right)
        #expect(pilot.ending == nil)
        #expect(pilot.screen.contains("Resume at phase 1, step 6?"))
        pilot.signal(15)
        #expect(pilot.ending == .signal(15))
        #expect(pilot.world.saves.last?.record == saved)
    }

    @Test func yesResumesAndLeavingSavesTheNewPlace() throws {
        let pilot = Pilot(
            TutorState(
                playing: Fixtures.lesson("vertical-edges"), menuLessons: Fixtures.lessons, size: size,
                progress: ["vertical-edges": LessonProgress(phase: 0, step: 5, completed: false)]))
        pilot.press(.enter)
        #expect(pilot.screen.contains("step 6/16"))
        pilot.press(.right, .character("q"))
        #expect(pilot.ending == .quit)
        #expect(pilot.world.saves.last?.record.step == 6)
        #expect(pilot.world.saves.last?.record.completed == false)
    }
}
