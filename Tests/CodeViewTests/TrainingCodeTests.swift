import CNNEngine
import Foundation
import Learning
import LessonCode
import TestSupport
import Testing

/// The training loop in Python replays the engine's run: from the same data file (digits, starting weights, epoch
/// orders) the NumPy program's loss per epoch, test accuracy and final weights are the trainer's to 1e-9.
@Suite("Training programs agree with the trainer", .serialized)
struct TrainingCodeTests {
    /// A small run: 8×8 digits, 2 filters, batches of 7 (the last of each epoch shorter), 3 epochs.
    static func run() throws -> (set: DigitSet, start: TinyNetwork, trainer: Trainer) {
        let set = try DigitSet(DigitSetConfiguration(size: 8, trainingCount: 45, testCount: 20, seed: 17))
        let configuration = TrainingConfiguration(epochs: 3, batchSize: 7, learningRate: 0.3, seed: 17)
        let shape = NetworkShape(imageSize: 8, filterCount: 2, kernelSize: 3, poolSize: 2, classCount: 10)
        let start = TinyNetwork(shape: shape, seed: 17)
        var trainer = try Trainer(data: set, configuration: configuration, network: start)
        _ = try trainer.run()
        return (set, start, trainer)
    }

    static func check(_ source: String, named name: String) throws {
        let (set, start, trainer) = try run()
        let folder = try TemporaryDirectory(prefix: "training-code")
        let dataPath = folder.path("digits.json")
        try Data(TrainingCode.data(set, network: start, configuration: trainer.configuration).utf8).write(
            to: URL(fileURLWithPath: dataPath))
        let output = try PythonRunner.output(ofScript: source, named: name, arguments: [dataPath])
        let json = try SnippetResults.json(output)
        let losses = try #require(json["losses"] as? [Double])
        #expect(losses.count == trainer.history.count)
        for (python, record) in zip(losses, trainer.history) {
            #expect(SnippetResults.close(python, record.meanLoss), "epoch \(record.epoch): Python \(python), engine \(record.meanLoss)")
        }
        #expect((json["test_accuracy"] as? [Double]) == trainer.history.map(\.testAccuracy))
        let weights = try #require(json["weights"] as? [Any])
        for (printed, tensor) in zip(weights, trainer.network.parameters.tensors) {
            let values = try #require(SnippetResults.flatten(printed)).values
            let worst = zip(values, tensor.scalars).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 1
            #expect(worst < 1e-9, "final weights differ by \(worst)")
        }
    }

    @Test(.enabled(if: PythonRunner.hasNumPy, "python3 with numpy is not available"))
    func numpyReplaysTheRun() throws {
        let (_, start, trainer) = try Self.run()
        try Self.check(TrainingCode.numpy(shape: start.shape, configuration: trainer.configuration), named: "train_numpy")
    }

    @Test(.enabled(if: PythonRunner.hasTorch, "PyTorch is not installed (set CNN_TUTOR_PYTHON to a python that has it)"))
    func pytorchReplaysTheRun() throws {
        let (_, start, trainer) = try Self.run()
        try Self.check(TrainingCode.pytorch(shape: start.shape, configuration: trainer.configuration), named: "train_pytorch")
    }

    @Test func theTrainersOrdersAreTheDataFilesOrders() throws {
        let (set, start, trainer) = try Self.run()
        let object = try JSONSerialization.jsonObject(
            with: Data(TrainingCode.data(set, network: start, configuration: trainer.configuration).utf8))
        let orders = try #require((object as? [String: Any])?["orders"] as? [[Int]])
        #expect(orders == trainer.orders)
    }
}
