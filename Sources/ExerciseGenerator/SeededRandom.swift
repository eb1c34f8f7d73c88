/// The exercises' only source of randomness: SplitMix64, so a seed always gives the same numbers, on every
/// machine and toolchain (bounded draws use this file's arithmetic, not the standard library's algorithms).
struct SeededRandom: Sendable {
    private var state: UInt64

    /// A generator starting at `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (the ranges here are tiny, so the remainder's bias is negligible).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// One of `choices` (which must not be empty).
    mutating func pick<Element>(_ choices: [Element]) -> Element {
        choices[int(in: 0...(choices.count - 1))]
    }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool {
        int(in: 1...100) <= percent
    }

    /// The generator for exercise `number` of a run with `seed`: its own well-mixed stream, so exercise 3 is the
    /// same whether 3 or 30 are generated.
    static func stream(seed: UInt64, salt: String, number: Int) -> SeededRandom {
        var mixer = SeededRandom(seed: salt.utf8.reduce(seed) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 })
        var value = mixer.next()
        for _ in 0..<number { value = mixer.next() }
        return SeededRandom(seed: value)
    }
}
