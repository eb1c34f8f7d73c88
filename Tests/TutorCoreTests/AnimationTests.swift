import TutorCore
import Testing

/// The animation runs on ticks from a manual clock; nothing sleeps.
@Suite struct AnimationTests {
    @Test func playRevealsTermsOneByOneThenTheSumThenMovesOn() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("p"))
        var player = try #require(runtime.player)
        #expect(player.playing)
        #expect(player.stepIndex == 1)
        #expect(player.revealedTerms == 0)
        let interval = Speed.interval(level: Speed.defaultLevel)
        runtime.advance(by: interval)
        player = try #require(runtime.player)
        #expect(player.revealedTerms == 1)
        #expect(player.activeTerm == 0)
        runtime.advance(by: interval * 8)
        player = try #require(runtime.player)
        #expect(player.revealedTerms == 9)
        #expect(!player.isStepComplete)
        runtime.advance(by: interval)
        #expect(runtime.player?.isStepComplete == true)
        #expect(runtime.player?.activeTerm == nil)
        runtime.advance(by: interval)
        #expect(runtime.player?.stepIndex == 2)
        #expect(runtime.player?.revealedTerms == 0)
    }

    @Test func aWholeLessonPlaysToTheEndOnTheManualClock() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.enter)
        // 15 more steps, each: 9 term ticks + 1 sum tick + 1 tick to move on (the last one stops instead).
        runtime.advance(by: Speed.interval(level: Speed.defaultLevel) * 15 * 11)
        let player = try #require(runtime.player)
        #expect(player.isAtEnd)
        #expect(player.isStepComplete)
        #expect(!player.playing)
        #expect(runtime.pending.isEmpty)
        #expect(runtime.state.notice != nil)
    }

    @Test func pausingMakesPendingTicksStale() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("p"))
        runtime.advance(by: Speed.interval(level: Speed.defaultLevel) * 3)
        runtime.press(.character("p"))
        let paused = try #require(runtime.player)
        runtime.advance(by: 100_000)
        #expect(runtime.player?.revealedTerms == paused.revealedTerms)
        #expect(runtime.player?.stepIndex == paused.stepIndex)
        #expect(runtime.player?.playing == false)
    }

    @Test func steppingDuringPlayStopsTheAnimationAndCompletesTheStep() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("p"))
        runtime.advance(by: Speed.interval(level: Speed.defaultLevel) * 2)
        runtime.press(.right)
        let player = try #require(runtime.player)
        #expect(!player.playing)
        #expect(player.isStepComplete)
        #expect(player.stepIndex == 1)
        runtime.advance(by: 100_000)
        #expect(runtime.player?.stepIndex == 1)
    }

    @Test func speedChangesTheTickIntervalAndRetimesTheAnimation() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("p"), .character("+"))
        let faster = Speed.interval(level: Speed.defaultLevel + 1)
        #expect(runtime.pending.last?.due == faster)
        runtime.advance(by: faster)
        // Only the retimed tick counts: one term revealed, not two.
        #expect(runtime.player?.revealedTerms == 1)
        runtime.press(.character("-"), .character("-"))
        #expect(runtime.player?.speedLevel == Speed.defaultLevel - 1)
        for _ in 0..<20 { runtime.press(.character("-")) }
        #expect(runtime.player?.speedLevel == 0)
    }

    @Test func longSumsRevealSeveralTermsPerTick() throws {
        var runtime = Fixtures.playing("multichannel-one-filter")
        runtime.press(.character("p"))
        // 27 terms in at most 12 chunks: 3 per tick.
        runtime.advance(by: Speed.interval(level: Speed.defaultLevel))
        #expect(runtime.player?.revealedTerms == 3)
        #expect(runtime.player?.revealStages == 10)
    }

    @Test func playingAtTheEndRestartsFromTheBeginning() throws {
        var runtime = Fixtures.playing("max-pooling")
        runtime.press(.character("]"), .character("G"))
        #expect(runtime.player?.isAtEnd == true)
        runtime.press(.character("p"))
        #expect(runtime.player?.phaseIndex == 0)
        #expect(runtime.player?.stepIndex == 0)
        #expect(runtime.player?.playing == true)
    }
}
