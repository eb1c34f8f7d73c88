import LessonFiles
import LessonModel
import LessonText
import Testing
import TutorCore

@testable import TutorRendering

/// No screen crashes or spills outside the grid, at any size, on any step of any lesson.
@Suite struct RenderRobustnessTests {
    static let sizes = [(1, 1), (2, 1), (10, 3), (59, 15), (60, 16), (80, 24), (200, 60)]

    @Test(arguments: sizes.map { TerminalSize(width: $0.0, height: $0.1) })
    func everyStepOfEveryLessonRendersAtSize(size: TerminalSize) throws {
        for lesson in RenderFixtures.lessons {
            let state = TutorState(playing: lesson, menuLessons: RenderFixtures.lessons, size: size)
            RenderFixtures.visitSteps(from: state) { state in
                let grid = Renderer.render(state)
                #expect(grid.width == size.width && grid.height == size.height)
            }
        }
    }

    @Test(arguments: [(10, 3), (60, 16), (80, 24), (200, 60)].map { TerminalSize(width: $0.0, height: $0.1) })
    func everyLessonInPictureViewRendersAtSize(size: TerminalSize) throws {
        for lesson in RenderFixtures.lessons {
            var state = TutorState(playing: lesson, menuLessons: RenderFixtures.lessons, size: size)
            if state.player?.picture.isOn == false { _ = Tutor.update(&state, .key(.character("i"))) }
            RenderFixtures.visitSteps(from: state) { state in
                let grid = Renderer.render(state)
                #expect(grid.width == size.width && grid.height == size.height)
            }
        }
    }

    @Test(arguments: [RenderOptions.unicode, RenderOptions.unicode.picturing(.shades), RenderOptions.ascii])
    func picturesInEveryStyleAndZoomStayInsideTheScreen(options: RenderOptions) throws {
        for lesson in RenderFixtures.lessons {
            for keys: [Key] in [[], [.character("z")], [.character("z"), .character("L"), .character("J"), .character("J")]] {
                var state = TutorState(playing: lesson, menuLessons: [], size: TerminalSize(width: 80, height: 24))
                if state.player?.picture.isOn == false { _ = Tutor.update(&state, .key(.character("i"))) }
                for key in keys { _ = Tutor.update(&state, .key(key)) }
                RenderFixtures.visitSteps(from: state) { state in
                    let grid = Renderer.render(state, options: options)
                    #expect(grid.width == 80 && grid.height == 24)
                    if options == .ascii { #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(lesson.id)") }
                }
            }
        }
    }

    @Test func maxPoolingMarksTheWinningInputCell() {
        let grid = Renderer.render(RenderFixtures.playing("max-pooling", keys: RenderFixtures.right(2)))
        #expect(grid.styledText.contains("[winner:[67]]"))
    }

    @Test func tooSmallSaysWhatSizeIsNeeded() {
        let grid = Renderer.render(RenderFixtures.playing("relu", width: 59, height: 20))
        #expect(grid.text.contains("60×16"))
        let tiny = Renderer.render(RenderFixtures.playing("relu", width: 1, height: 1))
        #expect(tiny.text.count == 1)
    }

    @Test func theMinimumSizeDrawsThePlayer() {
        let grid = Renderer.render(RenderFixtures.playing("vertical-edges", width: 60, height: 16))
        #expect(grid.text.contains("= −5"))
    }

    @Test func firstStepOfTheEdgeLessonReadsMinusFive() {
        let text = Renderer.render(RenderFixtures.playing("vertical-edges")).text
        #expect(text.contains("Z₁,₁ = 3×1 + 0×0 + 1×(−1) + 1×1 + 5×0 + 8×(−1) + 2×1 + 7×0 + 2×(−1) = −5"))
    }

    @Test func windowCellsAreReverseStyledAndTheCurrentOutputBracketed() {
        let grid = Renderer.render(RenderFixtures.playing("vertical-edges"))
        // The first window covers columns 1–3 of rows 1–3 and is drawn as one reverse block.
        #expect(grid.styledText.contains("[window: 3  0  1 ] 2  7  4"))
        #expect(grid.text.contains("[ −5]"))
    }
}
