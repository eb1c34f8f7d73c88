import CNNEngine
import Learning
import LessonPictures
import TutorCore
import TutorRendering

/// Training on screen: a progress bar, one line per finished epoch, the loss of each epoch as a sparkline, and
/// the filters as they are now, as pictures (dark negative, bright positive).
public enum TrainingScreenView {
    /// The screen drawn into a grid of `size`.
    public static func render(_ state: TrainingScreenState, size: TerminalSize, ascii: Bool) -> CellGrid {
        var grid = CellGrid(size: size)
        let trainer = state.trainer, configuration = trainer.configuration
        grid.write("Training the tiny network on \(trainer.data.training.count) synthetic digits", x: 1, y: 0, style: .title)
        grid.write(status(state), x: 1, y: 1, style: state.failure == nil ? .status : .error)
        grid.write(progressBar(trainer.progress, ascii: ascii) + " epoch \(trainer.epoch)/\(configuration.epochs)", x: 1, y: 3)
        var row = 5
        for record in trainer.history.suffix(max(1, size.height - 16)) {
            grid.write(epochLine(record), x: 1, y: row)
            row += 1
        }
        if !trainer.history.isEmpty {
            grid.write("loss per epoch " + Sparkline.line(trainer.history.map(\.meanLoss), ascii: ascii), x: 1, y: row + 1, style: .muted)
        }
        drawFilters(trainer.network, ascii: ascii, into: &grid, y: max(row + 3, 10))
        grid.write(TrainingScreenState.keyHelp, x: 1, y: size.height - 1, style: .key)
        return grid
    }

    private static func status(_ state: TrainingScreenState) -> String {
        if let failure = state.failure { return "training stopped: \(failure)" }
        if state.trainer.isFinished {
            return "done: test accuracy " + PercentText.of(state.trainer.history.last?.testAccuracy ?? 0) + "; d to draw a digit"
        }
        return state.paused ? "paused" : "training, \(state.sliceSize) images between frames"
    }

    /// `[##########..........] 50 %`.
    public static func progressBar(_ progress: Double, ascii: Bool) -> String {
        let width = 30, filled = Int((progress * Double(width)).rounded(.down))
        let (full, empty) = ascii ? ("#", ".") : ("█", "░")
        return "[" + String(repeating: full, count: filled) + String(repeating: empty, count: width - filled) + "] \(Int(progress * 100)) %"
    }

    /// `epoch 1  loss 1.0110  training 80.2 %  test 88.8 %`.
    public static func epochLine(_ record: EpochRecord) -> String {
        "epoch \(record.epoch)  loss \(fixed(record.meanLoss))  training \(PercentText.of(record.trainingAccuracy))  test \(PercentText.of(record.testAccuracy))"
    }

    /// Each filter 2 characters per weight, side by side, on one signed scale (blocks above 0, dots below).
    private static func drawFilters(_ network: TinyNetwork, ascii: Bool, into grid: inout CellGrid, y: Int) {
        let weights = network.parameters.convolutionWeight, picture = ShadePicture(ascii: ascii)
        let (filters, side) = (weights.shape[0], weights.shape[3])
        let scale = PictureScale.signed(extent: max(weights.scalars.map(abs).max() ?? 0, .leastNonzeroMagnitude))
        grid.write(ascii ? "filters now (+ above 0, - below)" : "filters now (blocks above 0, dots below)", x: 1, y: y, style: .muted)
        for f in 0..<filters {
            for u in 0..<weights.shape[2] {
                for v in 0..<side {
                    let character = picture.glyph(weights[f, 0, u, v], scale: scale)
                    grid.write(String([character, character]), x: 1 + f * (2 * side + 2) + 2 * v, y: y + 1 + u)
                }
            }
        }
    }

    private static func fixed(_ value: Double) -> String {
        let scaled = Int((value * 10000).rounded())
        let fraction = String(scaled % 10000)
        return "\(scaled / 10000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
