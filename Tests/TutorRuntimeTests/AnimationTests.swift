import Testing
import TutorCore

@testable import TutorRuntime

/// The animation on the real loop: ticks fall due as the manual clock moves while the loop waits; nothing sleeps.
@Suite struct AnimationTests {
    let interval = Speed.interval(level: Speed.defaultLevel)

    @Test func playRevealsTermsOneByOneThenTheSumThenMovesOn() throws {
        let pilot = Pilot.playing("vertical-edges")
        pilot.press(.character("p"))
        var player = try #require(pilot.player)
        #expect(player.playing)
        #expect(player.stepIndex == 1)
        #expect(player.revealedTerms == 0)
        pilot.advance(by: interval)
        player = try #require(pilot.player)
        #expect(player.revealedTerms == 1)
        #expect(player.activeTerm == 0)
        pilot.advance(by: interval * 8)
        player = try #require(pilot.player)
        #expect(player.revealedTerms == 9)
        #expect(!player.isStepComplete)
        pilot.advance(by: interval)
        #expect(pilot.player?.isStepComplete == true)
        #expect(pilot.player?.activeTerm == nil)
        pilot.advance(by: interval)
        #expect(pilot.player?.stepIndex == 2)
        #expect(pilot.player?.revealedTerms == 0)
    }

    @Test func ticksFallDueOnlyWhenTheirTimeHasCome() {
        let pilot = Pilot.playing("vertical-edges")
        pilot.press(.character("p"))
        pilot.advance(by: interval - 1)
        #expect(pilot.player?.revealedTerms == 0)
        pilot.advance(by: 1)
        #expect(pilot.player?.revealedTerms == 1)
        #expect(pilot.now == interval)
    }

    @Test func aWholeLessonPlaysToTheEndOnTheManualClock() throws {
        let pilot = Pilot.playing("vertical-edges")
        pilot.press(.enter)
        // 15 more steps, each: 9 term ticks + 1 sum tick + 1 tick to move on (the last one stops instead).
        pilot.advance(by: interval * 15 * 11)
        let player = try #require(pilot.player)
        #expect(player.isAtEnd)
        #expect(player.isStepComplete)
        #expect(!player.playing)
        #expect(pilot.pendingTicks.isEmpty)
        #expect(pilot.state.notice != nil)
        #expect(pilot.screen.contains("End of the lesson."))
    }

    @Test func pausingMakesPendingTicksStale() throws {
        let pilot = Pilot.playing("vertical-edges")
        pilot.press(.character("p"))
        pilot.advance(by: interval * 3)
        pilot.press(.character("p"))
        let paused = try #require(pilot.player)
        #expect(pilot.pendingTicks.count == 1)
        pilot.advance(by: 100_000)
        #expect(pilot.pendingTicks.isEmpty)
        #expect(pilot.player?.revealedTerms == paused.revealedTerms)
        #expect(pilot.player?.stepIndex == paused.stepIndex)
        #expect(pilot.player?.playing == false)
    }

    @Test func onlyTheNewestGenerationsTicksActWhenPIsPressedQuickly() throws {
        let pilot = Pilot.playing("vertical-edges")
        pilot.press(.character("p"))  // play: generation 1's tick due at `interval`
        pilot.advance(by: 100)
        pilot.press(.character("p"), .character("p"))  // pause, play again: generation 3's tick due at 100 + interval
        let generations = pilot.pendingTicks.map(\.generation)
        #expect(generations.count == 2)
        #expect(Set(generations).count == 2)
        pilot.advance(by: interval - 100)
        // Generation 1's tick was delivered and dropped: nothing revealed, only generation 3's tick still pending.
        #expect(pilot.now == interval)
        #expect(pilot.pendingTicks.map(\.generation) == [pilot.state.generation])
        #expect(pilot.player?.revealedTerms == 0)
        #expect(pilot.player?.playing == true)
        pilot.advance(by: 100)
        #expect(pilot.player?.revealedTerms == 1)
    }

    @Test func steppingDuringPlayStopsTheAnimationAndCompletesTheStep() throws {
        let pilot = Pilot.playing("vertical-edges")
        pilot.press(.character("p"))
        pilot.advance(by: interval * 2)
        pilot.press(.right)
        let player = try #require(pilot.player)
        #expect(!player.playing)
        #expect(player.isStepComplete)
        #expect(player.stepIndex == 1)
        pilot.advance(by: 100_000)
        #expect(pilot.player?.stepIndex == 1)
    }

    @Test func speedChangesTheTickIntervalAndRetimesTheAnimation() throws {
        let pilot = Pilot.playing("vertical-edges")
        pilot.press(.character("p"), .character("+"))
        let faster = Speed.interval(level: Speed.defaultLevel + 1)
        #expect(pilot.pendingTicks.last?.due == .milliseconds(faster))
        pilot.advance(by: faster)
        // Only the retimed tick counts: one term revealed, not two.
        #expect(pilot.player?.revealedTerms == 1)
        pilot.advance(by: interval - faster)
        #expect(pilot.player?.revealedTerms == 1)
        pilot.press(.character("-"), .character("-"))
        #expect(pilot.player?.speedLevel == Speed.defaultLevel - 1)
        for _ in 0..<20 { pilot.press(.character("-")) }
        #expect(pilot.player?.speedLevel == 0)
    }

    @Test func longSumsRevealSeveralTermsPerTick() throws {
        let pilot = Pilot.playing("multichannel-one-filter")
        pilot.press(.character("p"))
        // 27 terms in at most 12 chunks: 3 per tick.
        pilot.advance(by: interval)
        #expect(pilot.player?.revealedTerms == 3)
        #expect(pilot.player?.revealStages == 10)
    }

    @Test func playingAtTheEndRestartsFromTheBeginning() throws {
        let pilot = Pilot.playing("max-pooling")
        pilot.press(.character("]"), .character("G"))
        #expect(pilot.player?.isAtEnd == true)
        pilot.press(.character("p"))
        #expect(pilot.player?.phaseIndex == 0)
        #expect(pilot.player?.stepIndex == 0)
        #expect(pilot.player?.playing == true)
    }

    @Test func animationStopsAtAPracticeQuestion() throws {
        let pilot = Pilot.playing("vertical-edges", practice: PracticeState(every: 2))
        pilot.type("-5")
        pilot.press(.enter, .character("p"))
        pilot.advance(by: 100_000)
        let player = try #require(pilot.player)
        #expect(player.stepIndex == 2)
        #expect(player.isAwaitingAnswer)
        #expect(!player.playing)
        #expect(pilot.pendingTicks.isEmpty)
    }

    @Test func resizingMidAnimationRedrawsAtTheNewSizeAndKeepsPlaying() throws {
        let pilot = Pilot.playing("vertical-edges")
        pilot.press(.character("p"))
        pilot.advance(by: interval * 2)
        pilot.resize(width: 40, height: 10)
        #expect(pilot.state.size == TerminalSize(width: 40, height: 10))
        #expect(pilot.terminal.lastFrame.count == 10)
        #expect(pilot.screen.contains("Terminal too small"))
        pilot.advance(by: interval)
        #expect(pilot.player?.revealedTerms == 3)
        pilot.resize(width: 100, height: 30)
        #expect(pilot.terminal.lastFrame.count == 30)
        #expect(pilot.terminal.lastFrame.allSatisfy { $0.count <= 100 })
        #expect(pilot.screen.contains("▶ playing"))
        pilot.advance(by: interval)
        #expect(pilot.player?.revealedTerms == 4)
        #expect(pilot.player?.playing == true)
    }
}
