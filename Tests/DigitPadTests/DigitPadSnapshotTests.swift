import CNNEngine
import DigitPad
import Learning
import SnapshotTesting
import Testing
import TutorCore

/// The drawing pad as the student sees it, pinned as text: the drawing with its cursor, the maps after ReLU and
/// pooling, the probabilities, the keys; and the training screen.
@Suite struct DigitPadSnapshotTests {
    /// A pad on a seeded network where a vertical stroke was drawn with the pen down, then the pen lifted and the
    /// cursor moved right.
    static func strokePad() -> DigitPadState {
        var pad = DigitPadState(network: TinyNetwork(shape: .digits, seed: 11))
        let keys: [Key] =
            [.character("k"), .character("k"), .character("k"), .character("d")]
            + Array(repeating: .down, count: 7) + [.character("d"), .right, .right]
        for key in keys { _ = pad.apply(key) }
        return pad
    }

    @Test func aStrokeAt80x24() {
        let grid = DigitPadView.render(Self.strokePad(), size: TerminalSize(width: 80, height: 24), ascii: false)
        assertSnapshot(of: grid.text, as: .lines)
    }

    @Test func aStrokeInASCIIWithStyles() {
        let grid = DigitPadView.render(Self.strokePad(), size: TerminalSize(width: 80, height: 24), ascii: true)
        assertSnapshot(of: grid.styledText, as: .lines)
    }

    @Test func theTrainingScreenAfterOneEpoch() throws {
        let set = try DigitSet(DigitSetConfiguration(size: 8, trainingCount: 40, testCount: 20, seed: 3))
        var shape = NetworkShape.digits
        shape.imageSize = 8
        let trainer = try Trainer(
            data: set, configuration: TrainingConfiguration(epochs: 2, seed: 3), network: TinyNetwork(shape: shape, seed: 3))
        var state = TrainingScreenState(trainer: trainer, sliceSize: 40)
        state.work()
        let grid = TrainingScreenView.render(state, size: TerminalSize(width: 80, height: 24), ascii: false)
        assertSnapshot(of: grid.text, as: .lines)
    }
}
