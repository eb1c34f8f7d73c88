import LessonFiles
import LessonModel
import LessonText
import SnapshotTesting
import Testing
import TutorCore

@testable import TutorRendering

/// Every screen as text (and, where meaning matters, with styles), pinned by snapshots.
@Suite struct ScreenSnapshotTests {
    @Test func menu() {
        let state = TutorState(lessons: RenderFixtures.menuLessons, size: TerminalSize(width: 80, height: 24))
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func menuWhileSearching() {
        var state = TutorState(lessons: RenderFixtures.menuLessons, size: TerminalSize(width: 80, height: 24))
        for key: Key in [.character("/"), .character("p"), .character("o"), .character("o"), .character("l")] {
            _ = Tutor.update(&state, .key(key))
        }
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func convolutionStepAt80x24() {
        let state = RenderFixtures.playing("vertical-edges", keys: RenderFixtures.right(5))
        assertSnapshot(of: Renderer.render(state).styledText, as: .lines)
    }

    @Test func convolutionStepAt120x40() {
        let state = RenderFixtures.playing("vertical-edges", width: 120, height: 40, keys: RenderFixtures.right(5))
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func animatedStepShowsRevealedTermsAndTheActiveOne() {
        var state = RenderFixtures.playing("vertical-edges", keys: [.character("p")])
        for _ in 0..<4 { _ = Tutor.update(&state, .tick(generation: state.generation)) }
        assertSnapshot(of: Renderer.render(state).styledText, as: .lines)
    }

    @Test func multiChannelStep() {
        let state = RenderFixtures.playing("multichannel-one-filter", keys: RenderFixtures.right(1) + [.character("c")])
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func multiChannelStepShowsEveryChannelWhenThereIsRoom() {
        let state = RenderFixtures.playing("multichannel-one-filter", width: 120, height: 40, keys: RenderFixtures.right(1))
        let text = Renderer.render(state).text
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains("X channel 1/3") && text.contains("X channel 2/3") && text.contains("X channel 3/3"))
    }

    @Test func severalFiltersStep() {
        let state = RenderFixtures.playing("one-conv-layer", width: 100, height: 30, keys: RenderFixtures.right(17))
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func maxPoolingStepMarksTheWinner() {
        let state = RenderFixtures.playing("max-pooling", keys: RenderFixtures.right(2))
        assertSnapshot(of: Renderer.render(state).styledText, as: .lines)
    }

    @Test func inputGradientStepShowsTheFullGridAndRotatedFilter() {
        // Phase 3 of backward-stride-two: after 4 forward and 9 dL/dF steps, the 7th dL/dX step.
        let state = RenderFixtures.playing("backward-stride-two", keys: RenderFixtures.right(4 + 9 + 6))
        assertSnapshot(of: Renderer.render(state).styledText, as: .lines)
    }

    @Test func filterGradientStep() {
        let state = RenderFixtures.playing("backward", keys: RenderFixtures.right(4 + 1))
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func shapeCoachExplainsAStrideThatDoesNotFit() {
        let text = Renderer.render(RenderFixtures.playing("stride-does-not-fit", keys: RenderFixtures.right(1))).text
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains("columns 6 never visited"))
    }

    @Test func slideCorrectionNoteIsShownInThePlayer() {
        let text = Renderer.render(RenderFixtures.playing("stride-two-seven", width: 100, height: 34, keys: RenderFixtures.right(2))).text
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains("Note: The lecture's slide shows the first output row as 9 31 10."))
    }

    @Test func symbolicStep() {
        let state = RenderFixtures.playing("padding-one-symbolic", keys: RenderFixtures.right(6))
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func architectureTable() {
        let state = RenderFixtures.playing("toy-convnet", keys: RenderFixtures.right(3))
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func helpOverlay() {
        let state = RenderFixtures.playing("vertical-edges", keys: [.character("?")])
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func menuHelpListsTheMenuKeys() {
        var state = TutorState(lessons: RenderFixtures.menuLessons, size: TerminalSize(width: 80, height: 24))
        _ = Tutor.update(&state, .key(.character("?")))
        let text = Renderer.render(state).text
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains("open a lesson file by its path"))
    }

    @Test func codeView() {
        let state = RenderFixtures.playing("vertical-edges", keys: [.character("v")])
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func exportPrompt() {
        let state = RenderFixtures.playing("vertical-edges", keys: [.character("e")])
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func tooSmallScreen() {
        let state = RenderFixtures.playing("vertical-edges", width: 40, height: 10)
        assertSnapshot(of: Renderer.render(state).text, as: .lines)
    }

    @Test func asciiFallback() {
        let state = RenderFixtures.playing("padding-one-symbolic", keys: RenderFixtures.right(6))
        let text = Renderer.render(state, options: .ascii).text
        assertSnapshot(of: text, as: .lines)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func scrolledLargeLessonKeepsTheWindowInView() throws {
        let lesson = try RenderFixtures.largeLesson()
        let state = RenderFixtures.playing(lesson, keys: [.character("G")])
        let text = Renderer.render(state).text
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains("r28–40/40"))
    }
}
