/// A small deterministic random stream (SplitMix64), so a digit set, a network's first weights and the order of
/// training are the same for the same seed on every machine and every run. Its draws are defined here, bit by bit,
/// rather than by the standard library's `random(in:)`, whose algorithm may change between releases.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A stream starting at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1) with 53 random bits: the top 53 bits of the next draw, scaled by 2⁻⁵³.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A number in [low, high): low + (high − low) · `unit()`.
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// An integer in 0..<bound (bound > 0), without modulo bias: draws that fall in the incomplete last block of
    /// 2⁶⁴ are drawn again.
    public mutating func below(_ bound: Int) -> Int {
        let size = UInt64(max(bound, 1))
        let limit = UInt64.max - UInt64.max % size
        while true {
            let draw = next()
            if draw < limit { return Int(draw % size) }
        }
    }

    /// `values` in a random order (Fisher–Yates from the last position down).
    public mutating func shuffled<Element>(_ values: [Element]) -> [Element] {
        var result = values
        for position in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(position, below(position + 1))
        }
        return result
    }

    /// A stream for one named purpose, derived from this stream's seed, so adding draws to one purpose (the test
    /// digits) never shifts another (the training digits).
    public static func derived(from seed: UInt64, purpose: UInt64) -> SeededRandom {
        var mixer = SeededRandom(seed: seed ^ (purpose &* 0xD6E8_FEB8_6659_FD93))
        return SeededRandom(seed: mixer.next())
    }
}
