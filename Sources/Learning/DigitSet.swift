import CNNEngine

/// One labelled image of the synthetic digit set.
public struct DigitSample: Equatable, Sendable {
    /// `[1][size][size]`, values in 0…1, 1 being ink.
    public let image: Tensor
    /// The digit drawn, 0–9.
    public let label: Int

    /// Creates a sample.
    public init(image: Tensor, label: Int) {
        self.image = image
        self.label = label
    }
}

/// What a synthetic digit set is made of; the same configuration always gives the same images.
public struct DigitSetConfiguration: Equatable, Sendable {
    /// The side of each square image in pixels, 8…16.
    public var size: Int
    /// Training images: as many of each digit as the count allows (the first `count mod 10` digits get one more).
    public var trainingCount: Int
    /// Held-out test images, balanced the same way and drawn from a stream of their own.
    public var testCount: Int
    /// The seed every random choice derives from.
    public var seed: UInt64
    /// The amplitude of the uniform pixel noise.
    public var noise: Double

    /// The sizes the generator draws.
    public static let sizes = 8...16

    /// Creates a configuration; the defaults are the set the tiny network trains on.
    public init(size: Int = 12, trainingCount: Int = 2000, testCount: Int = 500, seed: UInt64 = 1, noise: Double = 0.1) {
        self.size = size
        self.trainingCount = trainingCount
        self.testCount = testCount
        self.seed = seed
        self.noise = noise
    }
}

/// A synthetic handwritten-digit set: digits from `DigitFont` drawn in random `DigitStyle`s, with a held-out test
/// split. Classes are balanced exactly, and the order is shuffled with the seed.
public struct DigitSet: Sendable {
    /// What it was made from.
    public let configuration: DigitSetConfiguration
    /// The images to train on.
    public let training: [DigitSample]
    /// The held-out images, never trained on.
    public let test: [DigitSample]

    /// Why a configuration cannot be drawn.
    public enum ConfigurationError: Error, Equatable, CustomStringConvertible {
        /// The image side is outside 8…16.
        case sizeOutOfRange(Int)
        /// A split is empty or negative.
        case emptySplit(name: String, count: Int)
        /// The noise is negative or not a number.
        case invalidNoise(Double)

        /// One sentence saying what to change.
        public var description: String {
            switch self {
            case .sizeOutOfRange(let size):
                "digit images are \(DigitSetConfiguration.sizes.lowerBound)…\(DigitSetConfiguration.sizes.upperBound) pixels square, not \(size)"
            case .emptySplit(let name, let count): "the \(name) split needs at least one image, not \(count)"
            case .invalidNoise(let noise): "the noise amplitude must be 0 or more, not \(noise)"
            }
        }
    }

    /// Draws the set described by `configuration`.
    public init(_ configuration: DigitSetConfiguration) throws(ConfigurationError) {
        guard DigitSetConfiguration.sizes.contains(configuration.size) else { throw .sizeOutOfRange(configuration.size) }
        guard configuration.trainingCount > 0 else { throw .emptySplit(name: "training", count: configuration.trainingCount) }
        guard configuration.testCount > 0 else { throw .emptySplit(name: "test", count: configuration.testCount) }
        guard configuration.noise >= 0 else { throw .invalidNoise(configuration.noise) }
        self.configuration = configuration
        training = Self.draw(count: configuration.trainingCount, purpose: 1, configuration)
        test = Self.draw(count: configuration.testCount, purpose: 2, configuration)
    }

    /// `count` samples from the stream for `purpose`: labels 0, 1, …, 9, 0, 1, … shuffled, each drawn in its own style.
    private static func draw(count: Int, purpose: UInt64, _ configuration: DigitSetConfiguration) -> [DigitSample] {
        var random = SeededRandom.derived(from: configuration.seed, purpose: purpose)
        let labels = random.shuffled((0..<count).map { $0 % 10 })
        return labels.map { label in
            let style = DigitStyle.random(size: configuration.size, noise: configuration.noise, using: &random)
            return DigitSample(image: DigitRenderer.draw(label, style: style, size: configuration.size, random: &random), label: label)
        }
    }
}
