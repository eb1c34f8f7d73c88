import Testing
import TutorCore
import TutorRendering

@testable import TutorRuntime

/// Whole sessions through `TutorRuntime.run`, exactly as the binary runs them: the script is the student, the
/// frames are what they saw, and the terminal is closed however the session ends.
@Suite struct SessionTests {
    let size = TerminalSize(width: 80, height: 24)
    let interval = Speed.interval(level: Speed.defaultLevel)

    /// Runs a session on the menu with `script` as input; returns the ending, the terminal and the world.
    func run(_ script: [MemoryTerminal.Input], world: RecordingWorld = RecordingWorld())
        -> (TutorRuntime.Ending, MemoryTerminal, TutorRuntime)
    {
        let clock = ManualClock()
        let terminal = MemoryTerminal(size: size, clock: clock, script: script)
        let runtime = TutorRuntime(
            terminal: terminal, clock: clock, state: TutorState(lessons: Fixtures.lessons, size: size), options: .unicode,
            handlers: world.handlers)
        return (runtime.run(), terminal, runtime)
    }

    /// The frame's equation line, inside the frame's edges, with runs of spaces made single.
    func equation(_ frame: [String]) -> String {
        let line = frame.first { $0.contains("Z₁,") } ?? ""
        return line.filter { $0 != "│" }.split(separator: " ").joined(separator: " ")
    }

    func keys(_ text: String) -> [MemoryTerminal.Input] {
        text.map { .key(.character($0)) }
    }

    @Test func menuOpenStepPlayPauseExportQuit() throws {
        let world = RecordingWorld()
        let script: [MemoryTerminal.Input] =
            keys("/edges") + [.key(.enter)]  // search, open
            + [.key(.right)]  // step 2
            + [.key(.character("p")), .wait(milliseconds: interval * 3)]  // play step 3: three terms
            + [.key(.character("p")), .wait(milliseconds: interval * 5)]  // pause; time passes, nothing moves
            + [.key(.character("e")), .key(.enter)]  // export to the offered path
            + [.key(.character("q")), .key(.character("q"))]  // back to the menu, quit
        let (ending, terminal, runtime) = run(script, world: world)
        #expect(ending == .quit)
        #expect(terminal.isClosed)
        let screens = terminal.frames.map { $0.joined(separator: "\n") }
        #expect(screens.contains { $0.contains("Search: edges") })
        #expect(screens.contains { $0.contains("step 2/16") && $0.contains("= −4") })
        let playing = screens.filter { $0.contains("▶ playing") && $0.contains("step 3/16") }
        #expect(!playing.isEmpty)
        let paused = try #require(screens.last { $0.contains("paused") && $0.contains("step 3/16") })
        #expect(screens.contains { $0.contains("Export transcript to:") && $0.contains("vertical-edges.txt_") })
        #expect(screens.contains { $0.contains("Transcript written to vertical-edges.txt.") })
        #expect(world.exports.map(\.path) == ["vertical-edges.txt"])
        #expect(world.saves.map(\.id) == ["vertical-edges"])
        #expect(world.saves.first?.record.step == 2)
        #expect(runtime.state.player == nil)
        // Z₁,₃'s window starts 1 2 7 / 8 9 3: three ticks showed the first row's three products.
        #expect(paused.contains("Z₁,₃ = 1×1 + 2×0 + 7×(−1) + "))
        #expect(!paused.contains("8×1"))
        #expect(terminal.lastFrame.first?.contains("cnn-tutor · lessons") == true)
    }

    @Test func theAnimationFramesShowOneMoreTermPerTick() {
        let clock = ManualClock()
        let script: [MemoryTerminal.Input] = [.key(.character("p")), .wait(milliseconds: interval * 2), .key(.character("q"))]
        let terminal = MemoryTerminal(size: size, clock: clock, script: script)
        let state = TutorState(playing: Fixtures.lesson("vertical-edges"), menuLessons: Fixtures.lessons, size: size)
        let runtime = TutorRuntime(terminal: terminal, clock: clock, state: state, options: .unicode, handlers: RecordingWorld().handlers)
        #expect(runtime.run() == .quit)
        // The first frame, the frame after p, then two per tick: the loop waits at most `idleWaitMilliseconds`
        // (250 ms), so it wakes at 250 and 400 ms, then 650 and 800 ms. q quits without drawing.
        #expect(terminal.frames.count == 6)
        let equations = terminal.frames.dropFirst().map(equation)
        // Z₁,₂'s window starts 0 1 2: no product yet, then 0×1, then 0×1 + 1×0.
        #expect(equations == ["Z₁,₂ = …", "Z₁,₂ = …", "Z₁,₂ = 0×1 + …", "Z₁,₂ = 0×1 + …", "Z₁,₂ = 0×1 + 1×0 + …"])
        #expect(clock.now == .milliseconds(interval * 2))
    }

    @Test(arguments: [Int32(15), 2, 1])
    func aSignalSavesProgressAndEndsWithTheTerminalClosed(signal: Int32) {
        let world = RecordingWorld()
        let (ending, terminal, _) = run([.key(.down), .key(.down), .key(.enter), .key(.right), .signal(signal)], world: world)
        #expect(ending == .signal(signal))
        #expect(terminal.isClosed)
        #expect(world.saves.map(\.id) == ["vertical-edges"])
        #expect(world.saves.first?.record.step == 1)
    }

    @Test func ctrlCSavesAndQuitsFromInsideAPrompt() {
        let world = RecordingWorld()
        let (ending, terminal, _) = run([.key(.enter), .key(.character("e")), .key(.control("c"))], world: world)
        #expect(ending == .quit)
        #expect(terminal.isClosed)
        #expect(world.saves.count == 1)
        #expect(world.exports.isEmpty)
    }

    @Test func aScriptThatRunsOutHangsUpAndTheTerminalIsStillClosed() {
        let (ending, terminal, _) = run([.key(.down)])
        #expect(ending == .signal(MemoryTerminal.hangUpSignal))
        #expect(terminal.isClosed)
    }

    @Test func waitingIdleDrawsAgainAtMostEveryIdleWait() {
        let (_, terminal, _) = run([.wait(milliseconds: TutorRuntime.idleWaitMilliseconds * 3), .key(.character("q"))])
        #expect(terminal.frames.count == 1 + 3)
    }
}
