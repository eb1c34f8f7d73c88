import CNNEngine
import Testing

/// The padded input a window slides over, read cell by cell and through the per-channel sampler pictures use.
@Suite struct PaddedInputTests {
    /// Two 3×4 channels, values 1…24, padded by 1 row above and below and 2 columns on each side.
    static let input = Tensor(shape: [2, 3, 4]) { Double($0[0] * 12 + $0[1] * 4 + $0[2] + 1) }

    @Test func readsTheInputInsideAndThePaddingValueOutside() throws {
        let padded = try Pool2D(
            kind: .max, input: Self.input, size: Pair(rows: 3, columns: 5), stride: Pair(1),
            padding: .explicit(Padding(rows: 1, columns: 2))
        ).paddedInput
        #expect(padded.size == Pair(rows: 5, columns: 8))
        // Worked by hand: padded (1, 2) is input (0, 0); padded (3, 5) is input (2, 3): 12, or 24 in channel 2.
        #expect(padded.value(channel: 0, row: 1, column: 2) == 1)
        #expect(padded.value(channel: 0, row: 3, column: 5) == 12 && padded.value(channel: 1, row: 3, column: 5) == 24)
        #expect(padded.value(channel: 1, row: 0, column: 2) == -.infinity && padded.value(channel: 1, row: 2, column: 7) == -.infinity)
    }

    @Test func theSamplerAgreesWithValueEverywhere() throws {
        let padded = try Conv2D(
            input: Self.input, filters: Tensor(shape: [1, 2, 3, 3]) { _ in 1 },
            padding: .explicit(Padding(top: 2, bottom: 0, left: 1, right: 3))
        ).paddedInput
        for channel in 0..<2 {
            let sample = padded.sampler(channel: channel)
            for row in 0..<padded.size.rows {
                for column in 0..<padded.size.columns {
                    #expect(sample(row, column) == padded.value(channel: channel, row: row, column: column))
                }
            }
        }
    }
}
