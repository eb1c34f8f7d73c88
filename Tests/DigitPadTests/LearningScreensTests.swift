import CNNEngine
import DigitPad
import Learning
import Testing
import TutorCore
import TutorRuntime

/// The full-screen loops on a memory terminal: keys are answered between training slices, d opens the pad and q
/// leaves it, q always quits, a signal ends the run.
@Suite struct LearningScreensTests {
    static func state(epochs: Int = 3) throws -> (TrainingScreenState, DigitSet) {
        let set = try DigitSet(DigitSetConfiguration(size: 8, trainingCount: 40, testCount: 20, seed: 9))
        var shape = NetworkShape.digits
        shape.imageSize = 8
        let trainer = try Trainer(
            data: set, configuration: TrainingConfiguration(epochs: epochs, seed: 9), network: TinyNetwork(shape: shape, seed: 9))
        return (TrainingScreenState(trainer: trainer, sliceSize: 8), set)
    }

    static func terminal(_ script: [MemoryTerminal.Input]) -> MemoryTerminal {
        MemoryTerminal(size: TerminalSize(width: 80, height: 24), clock: ManualClock(), script: script)
    }

    @Test func oneSliceRunsBetweenFramesAndQQuitsAtOnce() throws {
        var (state, set) = try Self.state()
        // Three polls find nothing (three slices of 8 images), the fourth finds q.
        let terminal = Self.terminal([.wait(milliseconds: 0), .wait(milliseconds: 0), .wait(milliseconds: 0), .key(.character("q"))])
        let (ending, network) = LearningScreens.train(&state, samples: set.test, on: terminal, ascii: false)
        #expect(ending == .quit)
        #expect(state.trainer.samplesIntoEpoch == 24)
        #expect(network == state.trainer.network)
        #expect(terminal.frames.count == 4)
        #expect(terminal.lastFrame.first?.contains("Training the tiny network") == true)
    }

    @Test func pausingStopsTheWorkAndTheDrawingPadOpensAndCloses() throws {
        var (state, set) = try Self.state()
        let terminal = Self.terminal([
            .wait(milliseconds: 0), .key(.character("p")), .key(.character("d")), .key(.character(" ")), .key(.character("q")),
            .key(.character("q")),
        ])
        _ = LearningScreens.train(&state, samples: set.test, on: terminal, ascii: false)
        #expect(state.paused)
        #expect(state.trainer.samplesIntoEpoch == 8, "one slice before p, none once paused")
        #expect(terminal.frames.contains { $0.first?.contains("Draw a digit") == true })
        #expect(terminal.lastFrame.first?.contains("Training the tiny network") == true, "q in the pad goes back to training")
    }

    @Test func trainingToTheEndWaitsForAKeyAndASignalEndsTheRun() throws {
        var (state, set) = try Self.state(epochs: 1)
        let terminal = Self.terminal(Array(repeating: .wait(milliseconds: 0), count: 5) + [.signal(15)])
        let (ending, _) = LearningScreens.train(&state, samples: set.test, on: terminal, ascii: false)
        #expect(ending == .signal(15))
        #expect(state.trainer.isFinished)
        #expect(terminal.lastFrame.contains { $0.contains("done: test accuracy") })
    }

    @Test func thePadLoopEndsOnQEscOrASignal() {
        for (script, ending) in [([MemoryTerminal.Input.key(.escape)], PadEnding.quit), ([.signal(2)], .signal(2))] {
            var pad = DigitPadState(network: TinyNetwork(shape: .digits, seed: 1))
            #expect(DigitPadLoop.run(&pad, on: Self.terminal(script), ascii: true) == ending)
        }
    }
}
