import CNNEngine

/// Trains a `TinyNetwork` by mini-batch SGD, a few images at a time so a screen can draw between slices: call
/// `advance(samples:)` until `isFinished`. Every run with the same data, configuration and starting network gives
/// the same weights and records bit for bit: each epoch's order comes from the seed, and every sum is taken in
/// a fixed order.
public struct Trainer: Sendable {
    /// The network as trained so far.
    public private(set) var network: TinyNetwork
    /// What it trains on.
    public let data: DigitSet
    /// How it trains.
    public let configuration: TrainingConfiguration
    /// One record per finished epoch.
    public private(set) var history: [EpochRecord] = []

    /// The order the training images are seen in, one list per epoch (see `epochOrders`).
    public let orders: [[Int]]
    private var position = 0
    private var batch: NetworkParameters
    private var batchCount = 0
    private var lossSum = 0.0
    private var correct = 0

    /// Why training cannot start.
    public enum SetupError: Error, Equatable, CustomStringConvertible {
        /// The configuration is invalid.
        case configuration(TrainingConfiguration.Invalid)
        /// The images are not the size the network reads.
        case imageSize(images: Int, network: Int)

        /// One sentence.
        public var description: String {
            switch self {
            case .configuration(let invalid): invalid.description
            case .imageSize(let images, let network):
                "the digits are \(images)×\(images) but the network reads \(network)×\(network) images"
            }
        }
    }

    /// A trainer that starts from `network` (by default, seeded from the configuration's seed).
    public init(data: DigitSet, configuration: TrainingConfiguration, network: TinyNetwork? = nil) throws(SetupError) {
        do { self.configuration = try configuration.validated() } catch { throw .configuration(error) }
        var digits = NetworkShape.digits
        digits.imageSize = data.configuration.size
        let network = network ?? TinyNetwork(shape: digits, seed: configuration.seed)
        guard network.shape.imageSize == data.configuration.size else {
            throw .imageSize(images: data.configuration.size, network: network.shape.imageSize)
        }
        self.network = network
        self.data = data
        self.batch = NetworkParameters(zerosFor: network.shape)
        self.orders = Self.epochOrders(count: data.training.count, configuration: configuration)
    }

    /// Each epoch's order of `count` training images: successive shuffles of 0..<count drawn from the configuration's
    /// seed, so a program elsewhere can replay the same run from this list.
    public static func epochOrders(count: Int, configuration: TrainingConfiguration) -> [[Int]] {
        var random = SeededRandom.derived(from: configuration.seed, purpose: 4)
        return (0..<max(0, configuration.epochs)).map { _ in random.shuffled(Array(0..<count)) }
    }

    /// This epoch's order.
    private var order: [Int] { orders[min(history.count, orders.count - 1)] }

    /// The epoch under way, from 1 (the last epoch once finished).
    public var epoch: Int { min(history.count + 1, configuration.epochs) }
    /// Training images seen in the current epoch.
    public var samplesIntoEpoch: Int { position }
    /// Whether every epoch is done.
    public var isFinished: Bool { history.count >= configuration.epochs }
    /// The fraction of all the work done, 0…1.
    public var progress: Double {
        let total = configuration.epochs * data.training.count
        return Double(history.count * data.training.count + (isFinished ? 0 : position)) / Double(total)
    }

    /// Trains on up to `samples` more images (fewer at the very end) and returns the epochs this finished: an epoch
    /// ends with its last, possibly short, batch applied and the test set measured.
    public mutating func advance(samples: Int) throws(ShapeError) -> [EpochRecord] {
        var finished: [EpochRecord] = []
        var remaining = samples
        while remaining > 0 && !isFinished {
            try learn(from: data.training[order[position]])
            position += 1
            remaining -= 1
            if batchCount == configuration.batchSize || position == order.count { try applyBatch() }
            if position == order.count { finished.append(try finishEpoch()) }
        }
        return finished
    }

    /// Trains to the end and returns every epoch's record.
    public mutating func run() throws(ShapeError) -> [EpochRecord] {
        _ = try advance(samples: Int.max)
        return history
    }

    private mutating func learn(from sample: DigitSample) throws(ShapeError) {
        let pass = try network.forward(sample.image)
        if pass.prediction == sample.label { correct += 1 }
        let (loss, gradients) = try pass.backward(label: sample.label)
        lossSum += loss
        batch.add(gradients)
        batchCount += 1
    }

    /// W ← W − (η / n) · Σ gradients of the n images of the batch.
    private mutating func applyBatch() throws(ShapeError) {
        network.parameters = try network.parameters.descended(along: batch, learningRate: configuration.learningRate / Double(batchCount))
        batch = NetworkParameters(zerosFor: network.shape)
        batchCount = 0
    }

    private mutating func finishEpoch() throws(ShapeError) -> EpochRecord {
        let count = Double(order.count)
        let record = EpochRecord(
            epoch: history.count + 1, meanLoss: lossSum / count, trainingAccuracy: Double(correct) / count,
            testAccuracy: try network.accuracy(on: data.test))
        history.append(record)
        (position, lossSum, correct) = (0, 0, 0)
        return record
    }
}
