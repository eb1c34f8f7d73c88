/// A small deterministic generator (SplitMix64), so every random choice in a test can be replayed: a test
/// that draws from it names its seed in its failure messages.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    /// The seed it started from.
    public let seed: UInt64

    /// A generator starting at `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// A generator whose seed is derived from a name, so each named case draws its own numbers.
    public init(named name: String) {
        self.init(seed: name.utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 })
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `seed 1234`, for failure messages.
    public var seedDescription: String { "seed \(seed)" }
}
