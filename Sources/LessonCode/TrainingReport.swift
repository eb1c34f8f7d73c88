import CNNEngine
import Learning
import LessonText

/// A training run as JSON (`train --report PATH`): how it was configured, the loss and accuracies of every epoch,
/// and the weights it ended with, each tensor named and shaped as in the weights file.
public enum TrainingReport {
    /// The report of a run of `configuration` on `set` that ended with `network` after the epochs of `history`.
    public static func json(
        set: DigitSet, configuration: TrainingConfiguration, history: [EpochRecord], network: TinyNetwork, testAccuracy: Double
    ) -> String {
        let shape = network.shape
        let epochs = history.map { record in
            JSONValue.object([
                ("epoch", .number(Double(record.epoch))), ("mean_loss", .number(record.meanLoss)),
                ("training_accuracy", .number(record.trainingAccuracy)), ("test_accuracy", .number(record.testAccuracy)),
            ])
        }
        return JSONValue.object([
            (
                "configuration",
                .object([
                    ("image_size", .number(Double(shape.imageSize))), ("training_images", .number(Double(set.training.count))),
                    ("test_images", .number(Double(set.test.count))), ("epochs", .number(Double(configuration.epochs))),
                    ("batch_size", .number(Double(configuration.batchSize))), ("learning_rate", .number(configuration.learningRate)),
                    ("seed", .number(Double(configuration.seed))),
                ])
            ),
            ("epochs", .array(epochs)), ("test_accuracy", .number(testAccuracy)), ("weights", TrainingCode.weights(network)),
        ]).serialized() + "\n"
    }
}
