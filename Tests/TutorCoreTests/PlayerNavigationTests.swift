import TutorCore
import Testing

/// Stepping through a lesson with the keyboard.
@Suite struct PlayerNavigationTests {
    @Test func rightAndLeftMoveOneStepAndVimKeysDoTheSame() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.right)
        #expect(runtime.player?.stepIndex == 1)
        runtime.press(.character("l"), .character(" "))
        #expect(runtime.player?.stepIndex == 3)
        runtime.press(.left, .character("h"), .backspace)
        #expect(runtime.player?.stepIndex == 0)
        runtime.press(.left)
        #expect(runtime.player?.stepIndex == 0)
    }

    @Test func firstStepShowsTheWholeSumOfMinusFive() throws {
        let runtime = Fixtures.playing("vertical-edges")
        let player = try #require(runtime.player)
        #expect(player.isStepComplete)
        #expect(player.step?.total == -5)
    }

    @Test func lastAndFirstStepOfThePhase() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("G"))
        #expect(runtime.player?.stepIndex == 15)
        runtime.press(.character("g"))
        #expect(runtime.player?.stepIndex == 0)
        runtime.press(.end)
        #expect(runtime.player?.stepIndex == 15)
        runtime.press(.home)
        #expect(runtime.player?.stepIndex == 0)
    }

    @Test func steppingPastAPhaseEndEntersTheNextPhaseAndBackAgain() throws {
        var runtime = Fixtures.playing("backward")
        // Phases: forward (4 steps), dL/dF (4), dL/dX (9), dL/db (1).
        for _ in 0..<4 { runtime.press(.right) }
        #expect(runtime.player?.phaseIndex == 1)
        #expect(runtime.player?.stepIndex == 0)
        runtime.press(.left)
        #expect(runtime.player?.phaseIndex == 0)
        #expect(runtime.player?.stepIndex == 3)
    }

    @Test func phaseKeysJumpBetweenPhases() throws {
        var runtime = Fixtures.playing("backward")
        runtime.press(.character("]"))
        #expect(runtime.player?.phase.kind == .gradFilters)
        runtime.press(.pageDown, .tab)
        #expect(runtime.player?.phase.kind == .gradBias)
        runtime.press(.character("]"))
        #expect(runtime.player?.phase.kind == .gradBias)
        runtime.press(.character("["), .pageUp)
        #expect(runtime.player?.phase.kind == .gradFilters)
        runtime.press(.backTab)
        #expect(runtime.player?.phase.kind == .forward)
    }

    @Test func everyBuiltInLessonCanBeWalkedToItsEndWithTheKeyboardOnly() throws {
        for lesson in Fixtures.lessons {
            var runtime = Fixtures.playing(lesson.id)
            let total = try #require(runtime.player).phases.reduce(0) { $0 + $1.stepCount }
            for _ in 0..<(total - 1) { runtime.press(.right) }
            let player = try #require(runtime.player)
            #expect(player.isAtEnd, "\(lesson.id) did not reach its end")
            runtime.press(.right)
            #expect(runtime.player?.isAtEnd == true)
        }
    }

    @Test func channelKeyCyclesTheShownChannel() throws {
        var runtime = Fixtures.playing("multichannel-one-filter")
        runtime.press(.character("c"))
        #expect(runtime.player?.focusChannel == 1)
    }

    @Test func qInADirectlyOpenedLessonQuitsAndCtrlCAlwaysQuits() {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("q"))
        #expect(runtime.quit)
        var other = Fixtures.playing("vertical-edges")
        other.press(.character("e"), .control("c"))
        #expect(other.quit)
    }

    @Test func resizeOnlyChangesTheSize() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.right)
        runtime.send(.resize(TerminalSize(width: 1, height: 1)))
        #expect(runtime.state.size == TerminalSize(width: 1, height: 1))
        #expect(runtime.player?.stepIndex == 1)
    }
}
