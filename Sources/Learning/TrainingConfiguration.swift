/// How the tiny network is trained: plain mini-batch SGD, the same for the same seed.
public struct TrainingConfiguration: Equatable, Sendable {
    /// Passes over the training images.
    public var epochs: Int
    /// Images whose gradients are averaged into one update; an epoch's last batch may be smaller.
    public var batchSize: Int
    /// η in W ← W − η · (mean gradient of the batch).
    public var learningRate: Double
    /// The seed of the starting weights and of each epoch's order.
    public var seed: UInt64

    /// Creates a configuration; the defaults reach over 90 % test accuracy on the default digit set.
    public init(epochs: Int = 5, batchSize: Int = 10, learningRate: Double = 0.2, seed: UInt64 = 1) {
        self.epochs = epochs
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.seed = seed
    }

    /// Why a configuration cannot train.
    public struct Invalid: Error, Equatable, CustomStringConvertible {
        /// What to change, in a sentence.
        public let description: String
    }

    /// The configuration itself when it can train, or what is wrong.
    public func validated() throws(Invalid) -> TrainingConfiguration {
        guard epochs >= 1 else { throw Invalid(description: "train for at least 1 epoch, not \(epochs)") }
        guard batchSize >= 1 else { throw Invalid(description: "a batch holds at least 1 image, not \(batchSize)") }
        guard learningRate.isFinite && learningRate > 0 else {
            throw Invalid(description: "the learning rate must be a positive number, not \(learningRate)")
        }
        return self
    }
}

/// What one epoch of training did.
public struct EpochRecord: Equatable, Sendable {
    /// The epoch's number, from 1.
    public let epoch: Int
    /// The mean cross-entropy of the training images, each taken with the weights of the moment it was seen.
    public let meanLoss: Double
    /// The fraction of training images classified correctly as they were seen.
    public let trainingAccuracy: Double
    /// The fraction of held-out test images classified correctly after the epoch.
    public let testAccuracy: Double
}
