import CNNEngine
import Testing

/// The random stream: SplitMix64's published outputs, and draws in range.
@Suite struct SeededRandomTests {
    @Test func splitMix64MatchesItsReferenceOutputs() {
        // The first outputs of SplitMix64 seeded with 1234567, computed in Python from the published algorithm
        // (Vigna, splitmix64.c): state += 0x9E3779B97F4A7C15, then the two xor-shift-multiply rounds.
        var random = SeededRandom(seed: 1_234_567)
        let expected: [UInt64] = [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423]
        #expect((0..<3).map { _ in random.next() } == expected)
    }

    @Test func drawsStayInTheirRanges() {
        var random = SeededRandom(seed: 9)
        for _ in 0..<1000 {
            let unit = random.unit()
            #expect(unit >= 0 && unit < 1)
            #expect((0..<7).contains(random.below(7)))
            let value = random.uniform(-2, 3)
            #expect(value >= -2 && value < 3)
        }
    }

    @Test func shufflingKeepsEveryElementOnce() {
        var random = SeededRandom(seed: 4)
        let shuffled = random.shuffled(Array(0..<50))
        #expect(shuffled.sorted() == Array(0..<50))
        #expect(shuffled != Array(0..<50))
    }
}
