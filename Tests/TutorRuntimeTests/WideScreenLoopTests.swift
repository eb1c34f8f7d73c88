import TestSupport
import Testing
import TutorCore
import TutorRendering

@testable import TutorRuntime

/// The real loop on a wide terminal: every filter's output map stays on screen while the student steps, plays and
/// resizes.
@Suite struct WideScreenLoopTests {
    static let wide = TerminalSize(width: 120, height: 40)

    /// The tutor playing `id` at `size`, after its first frame.
    static func pilot(_ id: String, size: TerminalSize) -> Pilot {
        Pilot(TutorState(playing: Fixtures.lesson(id), menuLessons: Fixtures.lessons, size: size))
    }

    @Test func everyFilterMapStaysOnScreenWhilePlayingAt120x40() {
        let pilot = Self.pilot("one-conv-layer", size: Self.wide)
        #expect(pilot.screen.contains("Z filter 1 of 2 4×4") && pilot.screen.contains("Z filter 2 of 2 4×4"))
        // To filter 2's first cell, then play: every frame keeps both maps, filter 1's filled to its last cell (−16).
        pilot.feed(Array(repeating: .key(.right), count: 16))
        pilot.press(.character("p"))
        let playingFrom = pilot.terminal.frames.count
        pilot.advance(by: Speed.interval(level: Speed.defaultLevel) * 6)
        let frames = pilot.terminal.frames.dropFirst(playingFrom - 1).map { $0.joined(separator: "\n") }
        #expect(frames.count > 3)
        for frame in frames {
            #expect(frame.contains("Z filter 1 of 2 4×4") && frame.contains("Z filter 2 of 2 4×4"))
            #expect(frame.contains("−16") && frame.contains("W filter 2 of 2 3×3×3 · this step"))
            #expect(frame.contains("X channel 1/3") && frame.contains("X channel 2/3") && frame.contains("X channel 3/3"))
        }
        #expect(frames.contains { $0.contains("[  ?]") })
        #expect(pilot.player?.stepIndex ?? 0 >= 16)
    }

    @Test func growingTheTerminalTo120x40ShowsEveryFilterMap() {
        let pilot = Self.pilot("one-conv-layer", size: TerminalSize(width: 80, height: 24))
        #expect(pilot.screen.contains("Z filter 1 of 2") && !pilot.screen.contains("Z filter 2 of 2"))
        pilot.resize(width: 120, height: 40)
        #expect(pilot.screen.contains("Z filter 1 of 2 4×4") && pilot.screen.contains("Z filter 2 of 2 4×4"))
        #expect(ScreenText.values(under: "b", in: pilot.screen.components(separatedBy: "\n")) == ["1", "−1"])
        pilot.resize(width: 80, height: 24)
        #expect(pilot.screen.contains("Z filter 1 of 2") && !pilot.screen.contains("Z filter 2 of 2"))
    }
}
