import Testing
import TutorCore

/// Stepping through a lesson with the keyboard.
@Suite struct PlayerNavigationTests {
    @Test func rightAndLeftMoveOneStepAndVimKeysDoTheSame() throws {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.right)
        #expect(tutor.player?.stepIndex == 1)
        tutor.press(.character("l"), .character(" "))
        #expect(tutor.player?.stepIndex == 3)
        tutor.press(.left, .character("h"), .backspace)
        #expect(tutor.player?.stepIndex == 0)
        tutor.press(.left)
        #expect(tutor.player?.stepIndex == 0)
    }

    @Test func firstStepShowsTheWholeSumOfMinusFive() throws {
        let tutor = Fixtures.playing("vertical-edges")
        let player = try #require(tutor.player)
        #expect(player.isStepComplete)
        #expect(player.step?.total == -5)
    }

    @Test func lastAndFirstStepOfThePhase() throws {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("G"))
        #expect(tutor.player?.stepIndex == 15)
        tutor.press(.character("g"))
        #expect(tutor.player?.stepIndex == 0)
        tutor.press(.end)
        #expect(tutor.player?.stepIndex == 15)
        tutor.press(.home)
        #expect(tutor.player?.stepIndex == 0)
    }

    @Test func steppingPastAPhaseEndEntersTheNextPhaseAndBackAgain() throws {
        var tutor = Fixtures.playing("backward")
        // Phases: forward (4 steps), dL/dF (4), dL/dX (9), dL/db (1).
        for _ in 0..<4 { tutor.press(.right) }
        #expect(tutor.player?.phaseIndex == 1)
        #expect(tutor.player?.stepIndex == 0)
        tutor.press(.left)
        #expect(tutor.player?.phaseIndex == 0)
        #expect(tutor.player?.stepIndex == 3)
    }

    @Test func phaseKeysJumpBetweenPhases() throws {
        var tutor = Fixtures.playing("backward")
        tutor.press(.character("]"))
        #expect(tutor.player?.phase.kind == .gradFilters)
        tutor.press(.pageDown, .tab)
        #expect(tutor.player?.phase.kind == .gradBias)
        tutor.press(.character("]"))
        #expect(tutor.player?.phase.kind == .gradBias)
        tutor.press(.character("["), .pageUp)
        #expect(tutor.player?.phase.kind == .gradFilters)
        tutor.press(.backTab)
        #expect(tutor.player?.phase.kind == .forward)
    }

    @Test func everyBuiltInLessonCanBeWalkedToItsEndWithTheKeyboardOnly() throws {
        for lesson in Fixtures.lessons {
            var tutor = Fixtures.playing(lesson.id)
            let total = try #require(tutor.player).phases.reduce(0) { $0 + $1.stepCount }
            for _ in 0..<(total - 1) { tutor.press(.right) }
            let player = try #require(tutor.player)
            #expect(player.isAtEnd, "\(lesson.id) did not reach its end")
            tutor.press(.right)
            #expect(tutor.player?.isAtEnd == true)
        }
    }

    @Test func channelKeyCyclesTheShownChannel() throws {
        var tutor = Fixtures.playing("multichannel-one-filter")
        tutor.press(.character("c"))
        #expect(tutor.player?.focusChannel == 1)
    }

    @Test func qInADirectlyOpenedLessonQuitsAndCtrlCAlwaysQuits() {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("q"))
        #expect(tutor.quit)
        var other = Fixtures.playing("vertical-edges")
        other.press(.character("e"), .control("c"))
        #expect(other.quit)
    }

    @Test func resizeOnlyChangesTheSize() throws {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.right)
        tutor.send(.resize(TerminalSize(width: 1, height: 1)))
        #expect(tutor.state.size == TerminalSize(width: 1, height: 1))
        #expect(tutor.player?.stepIndex == 1)
    }
}
