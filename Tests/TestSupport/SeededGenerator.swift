import CNNEngine

/// A small deterministic generator (the engine's SplitMix64 stream), so every random choice in a test can be
/// replayed: a test that draws from it names its seed in its failure messages.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var stream: SeededRandom
    /// The seed it started from.
    public let seed: UInt64

    /// A generator starting at `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        stream = SeededRandom(seed: seed)
    }

    /// A generator whose seed is derived from a name, so each named case draws its own numbers.
    public init(named name: String) {
        self.init(seed: name.utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 })
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 { stream.next() }

    /// `seed 1234`, for failure messages.
    public var seedDescription: String { "seed \(seed)" }
}
