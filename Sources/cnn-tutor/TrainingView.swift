import DigitPad
import Foundation
import Learning
import LessonPictures

/// How `train` writes what it does: a heading, a progress bar redrawn in place on a terminal, one line per epoch,
/// and the learned filters as numbers beside a shaded picture.
struct TrainingView {
    /// Only ASCII characters.
    let ascii: Bool
    /// Standard output is a terminal, so the progress bar can be redrawn in place.
    let isTerminal: Bool

    func heading(set: DigitSet, network: TinyNetwork, configuration: TrainingConfiguration) -> String {
        let shape = network.shape, times = ascii ? "x" : "×", arrow = ascii ? "->" : "→"
        return "tiny network: conv \(shape.filterCount) \(shape.kernelSize)\(times)\(shape.kernelSize) \(arrow) ReLU \(arrow) "
            + "max pool \(shape.poolSize) \(arrow) dense \(shape.featureCount)\(arrow)\(shape.classCount) \(arrow) softmax "
            + "(\(shape.parameterCount) parameters)\n"
            + "digits: \(set.training.count) training, \(set.test.count) test, \(shape.imageSize)\(times)\(shape.imageSize), "
            + "seed \(set.configuration.seed); batch \(configuration.batchSize), learning rate \(configuration.learningRate)\n"
    }

    /// `[#########.........] 45 % epoch 2/5` on one line, redrawn in place (nothing when not a terminal).
    func progressBar(_ progress: Double, epoch: Int, of epochs: Int) -> String {
        guard isTerminal else { return "" }
        return "\r" + TrainingScreenView.progressBar(progress, ascii: ascii) + " epoch \(epoch)/\(epochs)"
    }

    /// `epoch 1/5  loss 1.0110  training 80.2 %  test 88.8 %  0.4 s`, over the progress bar.
    func epochLine(_ record: EpochRecord, of epochs: Int, seconds: Double) -> String {
        let clear = isTerminal ? "\r\u{1B}[K" : ""
        return clear + "epoch \(record.epoch)/\(epochs)  loss \(String(format: "%.4f", record.meanLoss))  "
            + "training \(PercentText.of(record.trainingAccuracy))  test \(PercentText.of(record.testAccuracy))  "
            + String(format: "%.1f s", seconds) + "\n"
    }

    /// `test accuracy 97.8 % (489 of 500)`.
    func evaluation(accuracy: Double, count: Int) -> String {
        "test accuracy \(PercentText.of(accuracy)) (\(Int((accuracy * Double(count)).rounded())) of \(count))\n"
    }

    /// Each filter's weights beside a picture of them on one signed scale for all filters (the pictures' glyphs:
    /// blocks above 0, dots below; in ASCII + above and - below).
    func filters(_ network: TinyNetwork) -> String {
        let weights = network.parameters.convolutionWeight, shape = network.shape, picture = ShadePicture(ascii: ascii)
        let scale = PictureScale.signed(extent: max(weights.scalars.map(abs).max() ?? 0, .leastNonzeroMagnitude))
        var lines = ["learned filters (picture: " + (ascii ? "+ above 0, - below):" : "blocks above 0, dots below):")]
        for f in 0..<shape.filterCount {
            for u in 0..<shape.kernelSize {
                let row = (0..<shape.kernelSize).map { weights[f, 0, u, $0] }
                let numbers = row.map { String(format: "%7.3f", $0) }.joined(separator: " ")
                let shades = row.map { String(repeating: picture.glyph($0, scale: scale), count: 2) }.joined()
                lines.append((u == 0 ? "  \(f + 1): " : "     ") + numbers + "   " + shades)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

}
