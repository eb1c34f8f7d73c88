import LessonFiles
import LessonModel
import LessonPractice
import LessonText
import SnapshotTesting
import Testing
import TutorCore

@testable import TutorRendering

/// The student's screens: practice that keeps its answer hidden, text that scrolls and says so, cuts that show,
/// channels and filters in turn, and max pooling's ×1 and ×0 explained.
@Suite struct StudentScreenTests {
    func practising(_ id: String, width: Int = 80, height: Int = 24, keys: [Key] = []) -> TutorState {
        var state = TutorState(
            playing: RenderFixtures.lesson(id), menuLessons: [RenderFixtures.lesson(id)],
            size: TerminalSize(width: width, height: height), practice: PracticeState())
        for key in keys { _ = Tutor.update(&state, .key(key)) }
        return state
    }

    @Test func anOpenQuestionsValueIsNowhereOnTheScreen() throws {
        // The first three steps of every phase of every built-in lesson, at 80×24 and 120×40, as numbers and as
        // pictures (whose legends once gave the result's range, and so often an answer, away).
        for lesson in RenderFixtures.lessons {
            for size in [TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40)] {
                for pictures in [false, true] {
                    var state = TutorState(playing: lesson, menuLessons: [lesson], size: size, practice: PracticeState())
                    if var player = state.player {
                        player.picture.isOn = pictures
                        state.screen = .player(player)
                    }
                    expectNoOpenAnswerOnScreen(&state, lesson)
                }
            }
        }
    }

    private func expectNoOpenAnswerOnScreen(_ state: inout TutorState, _ lesson: Lesson) {
        for phase in lesson.phases.indices {
            if phase > 0 { _ = Tutor.update(&state, .key(.character("]"))) }
            for _ in 0..<3 {
                if let player = state.player, let question = player.question {
                    let screen = Renderer.render(state).text
                    let stating = screen.split(separator: "\n").filter { AnswerWithholding.states(question.truth, in: String($0)) }
                    #expect(stating.isEmpty, "\(lesson.id) phase \(phase + 1) step \(player.stepIndex + 1): \(stating)")
                    _ = Tutor.update(&state, .key(.right))  // give up: the value is shown
                }
                if state.player?.stepIndex == (state.player?.stepCount ?? 1) - 1 { break }
                _ = Tutor.update(&state, .key(.right))
            }
        }
    }

    @Test func aPicturedResultsLegendHidesItsRangeInPractice() {
        // Regression: house-edges' G_x map legend read "−700 … 0 … 700" while Z₁,₁ was asked; the largest output
        // is an answer still to come.
        let practising = Renderer.render(practising("house-edges", width: 100, height: 30)).text
        #expect(practising.contains("−? "))
        #expect(practising.contains(" ?  hidden"))
        #expect(!practising.contains("700"))
        let watching = Renderer.render(RenderFixtures.playing("house-edges", width: 100, height: 30)).text
        #expect(watching.contains("700"))
        #expect(!watching.contains("hidden;"))
    }

    @Test func theWorkedExamplesWaitForTheirAnswers() {
        let edges = Renderer.render(practising("vertical-edges")).text
        #expect(edges.contains("Z₁,₁ = ?"))
        #expect(!edges.contains("= −5"))
        #expect(edges.contains("(A sentence that gives the answer away is hidden until you answer.)"))
        let average = Renderer.render(practising("average-pooling")).text
        #expect(!average.contains("9.5"))
        let answered = Renderer.render(practising("vertical-edges", keys: [.character("-"), .character("5"), .enter])).text
        #expect(answered.contains("Right: −5."))
        #expect(answered.contains("= −5"))
    }

    @Test func aMissSaysWhatTheNumberMeansAndGivesAHint() {
        let state = practising("vertical-edges", keys: [.character("5"), .enter])
        let text = Renderer.render(state).text
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains("Not 5. That is what you get with the kernel flipped"))
        #expect(text.contains("Hint: Window on rows 1 to 3, columns 1 to 3 of X."))
        #expect(!text.contains("−5"))
    }

    @Test func tabShowsTheSumWithItsTotalStillAsked() {
        let text = Renderer.render(practising("vertical-edges", keys: [.tab])).text
        #expect(text.contains("Z₁,₁ = 3×1 + 0×0 + 1×(−1) + 1×1 + 5×0 + 8×(−1) + 2×1 + 7×0 + 2×(−1) = ?"))
        #expect(text.contains("Tab shows the sum"))
    }

    @Test func theHelpInTheAnswerBoxListsItsKeys() {
        let text = Renderer.render(practising("vertical-edges", keys: [.character("?")])).text
        #expect(text.contains("give up: show the value"))
        #expect(text.contains("any other key"))
    }

    @Test func theIntroductionIsOnTheFirstStepAndTheTextScrolls() throws {
        var state = RenderFixtures.playing("vertical-edges")
        var text = Renderer.render(state).text
        #expect(text.contains("The lecture's first worked example."))
        #expect(text.contains("▼ more below, ↓/↑ scroll"))
        for _ in 0..<3 { _ = Tutor.update(&state, .key(.down)) }
        text = Renderer.render(state).text
        #expect(!text.contains("The lecture's first worked example."))
        #expect(text.contains("│▲"))
        for _ in 0..<20 { _ = Tutor.update(&state, .key(.character("j"))) }
        text = Renderer.render(state).text
        #expect(text.contains("outputs."))
        #expect(text.contains("▲ end of the text"))
        _ = Tutor.update(&state, .key(.right))
        #expect(!Renderer.render(state).text.contains("The lecture's first worked example."))
    }

    @Test func aLongNoticeIsWrappedWhole() {
        var state = RenderFixtures.playing("max-pooling", keys: [.character("G"), .character("]"), .character("G"), .right])
        state.notice = .init(
            "End of the lesson. Practice: 12 of 20 right on the first try. 14 steps were not shown, so it is not marked done. q: menu.")
        let text = Renderer.render(state).text
        #expect(text.contains("q: menu."))
        #expect(text.contains("End of the lesson."))
    }

    @Test func cShowsEveryChannelThenEveryFilter() {
        var titles: [String] = []
        for presses in 0..<7 {
            let state = RenderFixtures.playing("one-conv-layer", keys: Array(repeating: .character("c"), count: presses))
            let line = Renderer.render(state).text.split(separator: "\n")[3]
            titles.append(line.split(separator: " ").joined(separator: " "))
        }
        #expect(
            titles == [
                "│ X channel 1/3 6×6 W filter 1 of 2 channel 1 3×3 Z filter 1 of 2 4×4 │",
                "│ X channel 2/3 6×6 W filter 1 of 2 channel 2 3×3 Z filter 1 of 2 4×4 │",
                "│ X channel 3/3 6×6 W filter 1 of 2 channel 3 3×3 Z filter 1 of 2 4×4 │",
                "│ X channel 1/3 6×6 W filter 2 of 2 channel 1 3×3 Z filter 2 of 2 4×4 │",
                "│ X channel 2/3 6×6 W filter 2 of 2 channel 2 3×3 Z filter 2 of 2 4×4 │",
                "│ X channel 3/3 6×6 W filter 2 of 2 channel 3 3×3 Z filter 2 of 2 4×4 │",
                "│ X channel 1/3 6×6 W filter 1 of 2 channel 1 3×3 Z filter 1 of 2 4×4 │",
            ])
    }

    @Test func maxPoolingBackwardSaysWhatTimesOneAndTimesZeroMean() {
        // Phase 2 of max-pooling, X₂,₁ = 16: the winner of Z₁,₁'s window.
        let state = RenderFixtures.playing("max-pooling", keys: [.character("]")] + RenderFixtures.right(4))
        let text = Renderer.render(state).text
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains("×1: X₂,₁ = 16 is the largest in Z₁,₁'s window"))
    }

    @Test func theMenuMarksLessonsInProgressAndDone() {
        let state = TutorState(
            lessons: RenderFixtures.menuLessons, size: TerminalSize(width: 80, height: 24),
            progress: [
                "vertical-edges": LessonProgress(phase: 0, step: 3, completed: false),
                "relu": LessonProgress(phase: 0, step: 0, completed: true),
                "backward": LessonProgress(phase: 2, step: 1, completed: false),
            ])
        let text = Renderer.render(state).text
        #expect(text.contains("at 4/16 conv2d"))
        #expect(text.contains("✓ relu"))
        // backward: 4 forward steps, 4 of dL/dF, then the 2nd of dL/dX: step 10 of 4 + 4 + 9 + 1.
        #expect(text.contains("at 10/18 "))
    }

    @Test func aCutIntroductionInTheMenuSaysSo() {
        // 80×16 leaves three lines for the first lesson's five-line introduction.
        let state = TutorState(lessons: RenderFixtures.menuLessons, size: TerminalSize(width: 80, height: 16))
        let lines = Renderer.render(state).text.split(separator: "\n")
        let introduction = lines.dropLast().suffix(3)
        #expect(introduction.last?.hasSuffix("… │") == true, "\(introduction)")
    }

    @Test func textCutAtTheSmallestSizeShowsAnEllipsisOrSaysThereIsMore() {
        for lesson in RenderFixtures.lessons {
            let state = RenderFixtures.playing(lesson, width: 60, height: 16)
            let prose = state.player?.prose(glyphs: .unicode).lines(width: 56) ?? []
            let text = Renderer.render(state).text
            let shown = prose.filter { text.contains($0) }
            if shown.count < prose.count {
                #expect(text.contains("more below") || text.contains("…"), "\(lesson.id)")
            }
        }
    }
}
