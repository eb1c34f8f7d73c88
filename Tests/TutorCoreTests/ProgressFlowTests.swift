import LessonFiles
import LessonModel
import Testing
import TutorCore

/// What progress records: the place left, and completion only when every step was shown.
@Suite struct ProgressFlowTests {
    let size = TerminalSize(width: 80, height: 24)

    @Test func jumpingToTheEndDoesNotCompleteALesson() throws {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("G"))
        #expect(tutor.player?.isAtEnd == true)
        #expect(tutor.state.currentProgress?.record.completed == false)
        tutor.press(.right)
        // Steps 1 and 16 were shown: 14 were not.
        #expect(tutor.state.notice?.text.contains("14 steps were not shown, so it is not marked done") == true)
    }

    @Test func skippingPhasesDoesNotCompleteALesson() throws {
        var tutor = Fixtures.playing("backward")
        for _ in 0..<8 { tutor.press(.character("]")) }
        tutor.press(.character("G"))
        #expect(tutor.player?.isAtEnd == true)
        #expect(tutor.state.currentProgress?.record.completed == false)
    }

    @Test func showingEveryStepCompletesALesson() throws {
        var tutor = Fixtures.playing("vertical-edges")
        for _ in 0..<14 { tutor.press(.right) }
        #expect(tutor.state.currentProgress?.record.completed == false)
        tutor.press(.right)
        let record = try #require(tutor.state.currentProgress?.record)
        #expect(record.completed && record.shownSteps == 16)
        tutor.press(.right)
        #expect(tutor.state.notice?.text == "End of the lesson. q: quit.")
    }

    @Test func playOffersToResumeAsTheMenuDoes() throws {
        var tutor = UpdateDriver(
            TutorState(
                playing: Fixtures.lesson("vertical-edges"), menuLessons: Fixtures.lessons, size: size,
                progress: ["vertical-edges": LessonProgress(phase: 0, step: 5, completed: false, shownSteps: 6)]))
        #expect(tutor.state.prompt?.purpose == .resume(phase: 0, step: 5))
        tutor.press(.enter)
        #expect(tutor.player?.stepIndex == 5)
        // The six steps shown before count: showing the other ten completes the lesson.
        for _ in 0..<10 { tutor.press(.right) }
        #expect(tutor.state.currentProgress?.record.completed == true)
    }

    /// The tutor sets up the player on a second thread while the terminal opens, then shows it: the same resume
    /// question and the same place as when it is set up from the lesson.
    @Test func aPlayerSetUpAheadResumesAsOneSetUpFromTheLesson() throws {
        let lesson = Fixtures.lesson("vertical-edges")
        let saved = ["vertical-edges": LessonProgress(phase: 0, step: 5, completed: false, shownSteps: 6)]
        var tutor = UpdateDriver(
            TutorState(
                showing: PlayerState(lesson: lesson, practice: nil), menu: MenuState(lessons: Fixtures.lessons), size: size,
                progress: saved))
        #expect(tutor.state.prompt?.purpose == .resume(phase: 0, step: 5))
        #expect(tutor.state.quitFromPlayer)
        tutor.press(.enter)
        #expect(tutor.player?.stepIndex == 5)
        for _ in 0..<10 { tutor.press(.right) }
        #expect(tutor.state.currentProgress?.record.completed == true)
    }

    @Test func leavingWhileTheResumeQuestionIsOpenKeepsTheSavedPlace() throws {
        var tutor = UpdateDriver(
            TutorState(
                playing: Fixtures.lesson("vertical-edges"), menuLessons: Fixtures.lessons, size: size,
                progress: ["vertical-edges": LessonProgress(phase: 0, step: 5, completed: false)]))
        tutor.press(.control("c"))
        #expect(tutor.quit)
        #expect(
            tutor.effects.contains(
                .saveProgress(
                    id: "vertical-edges", LessonProgress(phase: 0, step: 5, completed: false, shownSteps: 1))))
    }

    @Test func startingAgainIsTheStudentsChoice() throws {
        var tutor = UpdateDriver(
            TutorState(
                playing: Fixtures.lesson("vertical-edges"), menuLessons: Fixtures.lessons, size: size,
                progress: ["vertical-edges": LessonProgress(phase: 0, step: 5, completed: false)]))
        tutor.press(.character("n"), .character("q"))
        #expect(
            tutor.effects.contains(
                .saveProgress(
                    id: "vertical-edges", LessonProgress(phase: 0, step: 0, completed: false, shownSteps: 1))))
    }

    @Test func aPracticeRunThroughEveryStepCompletesALesson() throws {
        var tutor = Fixtures.playing("relu", practice: PracticeState())
        let steps = try #require(tutor.player?.coverage.total)
        for _ in 0..<steps {
            tutor.press(.right)  // give up: the value is shown
            tutor.press(.right)
        }
        #expect(tutor.state.currentProgress?.record.completed == true)
    }

    @Test func coverageCountsTheLeadingRunAndGaps() {
        var coverage = StepCoverage(total: 5)
        coverage.markShown(0)
        coverage.markShown(2)
        #expect(coverage.leading == 1 && coverage.shownCount == 2)
        coverage.markShown(1)
        #expect(coverage.leading == 3)
        coverage.markLeading(4)
        coverage.markShown(4)
        #expect(coverage.isComplete && coverage.shownCount == 5)
        coverage.markLeading(99)
        #expect(coverage.leading == 5)
    }
}
