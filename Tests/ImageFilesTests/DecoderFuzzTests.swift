import CNNEngine
import ImageFiles
import TestSupport
import Testing

/// Seeded, bounded fuzzing: thousands of damaged variants of valid files decode to an image or a typed
/// error, never a trap; whatever decodes is a well-formed image that converts to a tensor.
@Suite struct DecoderFuzzTests {
    static let rounds = 600

    static let seeds: [(String, [UInt8])] = [
        ("grey PNG", PNGFixture.png(width: 5, height: 2, colourType: .grey, bitDepth: 8, rows: [[0, 1, 2, 3, 4], [50, 60, 70, 80, 90]])),
        ("RGBA PNG", PNGFixture.png(width: 2, height: 2, colourType: .rgba, bitDepth: 8, rows: [Array(0..<8), Array(8..<16)])),
        ("16-bit grey+alpha PNG", PNGFixture.png(width: 2, height: 1, colourType: .greyAlpha, bitDepth: 16, rows: [Array(0..<8)])),
        (
            "palette PNG",
            PNGFixture.png(
                width: 3, height: 1, colourType: .palette, bitDepth: 4, rows: [[0x12, 0x00]],
                before: [("PLTE", [1, 2, 3, 4, 5, 6, 7, 8, 9]), ("tRNS", [0, 128])])
        ),
        ("P2", Array("P2\n# a comment\n3 2\n255\n0 128 255\n\t1 2 3\n".utf8)),
        ("P3", Array("P3 2 1 1000 0 500 1000 999 1 2".utf8)),
        ("P5", Array("P5\n4 2\n255\n".utf8) + Array(0..<8)),
        ("P6", Array("P6 1 2 65535\n".utf8) + Array(0..<12)),
    ]

    @Test(arguments: seeds.indices)
    func damagedFilesNeverTrap(seedIndex: Int) throws {
        let (name, original) = Self.seeds[seedIndex]
        // The undamaged file is valid, so mutations start from a real image.
        _ = try RasterImage(decoding: original)
        var generator = SeededGenerator(seed: 0xF0F0 + UInt64(seedIndex))
        for round in 0..<Self.rounds {
            var bytes = original
            for _ in 0...Int.random(in: 0...3, using: &generator) { bytes = mutate(bytes, using: &generator) }
            let isPNG = original.starts(with: PNGFixture.signature)
            if isPNG && Bool.random(using: &generator) { bytes = PNGFixture.withFixedCRCs(bytes) }
            check(bytes, label: "\(name) round \(round)")
        }
    }

    private func check(_ bytes: [UInt8], label: String) {
        do {
            let image = try RasterImage(decoding: bytes)
            let wellFormed = RasterImage(size: image.size, channels: image.channels, maxValue: image.maxValue, samples: image.samples)
            #expect(wellFormed == image, "\(label): decoded an inconsistent image")
            let tensor = try image.tensor(TensorConversion(channels: .grey, scale: .unit, size: ImageSize(height: 1, width: 1)))
            #expect((0...1).contains(tensor.scalars[0]), "\(label)")
        } catch {
            #expect(!error.description.isEmpty, "\(label)")
        }
    }

    /// One random change: flip a bit, overwrite a byte, cut the end, insert bytes or delete a run.
    private func mutate(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        guard !bytes.isEmpty else { return [UInt8.random(in: 0...255, using: &generator)] }
        var result = bytes
        let position = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: result[position] ^= 1 << UInt8.random(in: 0...7, using: &generator)
        case 1: result[position] = [0, 0xFF, 0x7F, 0x80, 0x20, 0x0A, 0x23, 0x39][Int.random(in: 0..<8, using: &generator)]
        case 2: result.removeLast(bytes.count - position)
        case 3:
            let inserted = (0..<Int.random(in: 1...8, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            result.insert(contentsOf: inserted, at: position)
        default: result.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...8, using: &generator)))
        }
        return result
    }
}
