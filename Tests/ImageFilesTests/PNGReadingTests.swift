import CNNEngine
import ImageFiles
import TestSupport
import Testing

/// PNG colour types and bit depths, from files built by `PNGFixture` (not by libpng).
@Suite struct PNGReadingTests {
    @Test func sixteenBitGreyKeepsEverySample() throws {
        let samples: [UInt16] = [0, 1, 255, 256, 32768, 65534, 65535, 4660]
        let bytes = PNGFixture.png(
            width: 4, height: 2, colourType: .grey, bitDepth: 16,
            rows: [PNGFixture.bigEndian16(Array(samples[0..<4])), PNGFixture.bigEndian16(Array(samples[4..<8]))])
        let image = try RasterImage(decoding: bytes)
        #expect(image.size == ImageSize(height: 2, width: 4))
        #expect(image.channels == .grey)
        #expect(image.maxValue == 65535)
        #expect(image.samples == samples)
        // scale 255: 257 × 255 / 65535 = 1 exactly; scale 1: 65535 / 65535 = 1
        let tensor = try image.tensor(TensorConversion(scale: .unit))
        #expect(tensor.shape == [1, 2, 4])
        #expect(tensor[0, 1, 2] == 1)
    }

    @Test func sixteenBitRGB() throws {
        let samples: [UInt16] = [65535, 0, 1, 300, 40000, 12345]
        let bytes = PNGFixture.png(width: 2, height: 1, colourType: .rgb, bitDepth: 16, rows: [PNGFixture.bigEndian16(samples)])
        let image = try RasterImage(decoding: bytes)
        #expect(image.channels == .rgb)
        #expect(image.maxValue == 65535)
        #expect(image.samples == samples)
    }

    @Test func paletteBecomesRGB() throws {
        let palette: [UInt8] = [
            255, 0, 0,
            0, 128, 0,
            10, 20, 30,
        ]
        let bytes = PNGFixture.png(
            width: 3, height: 2, colourType: .palette, bitDepth: 8, rows: [[0, 1, 2], [2, 2, 0]], before: [("PLTE", palette)])
        let image = try RasterImage(decoding: bytes)
        #expect(image.channels == .rgb)
        #expect(image.maxValue == 255)
        #expect(image.samples == [255, 0, 0, 0, 128, 0, 10, 20, 30, 10, 20, 30, 10, 20, 30, 255, 0, 0])
    }

    @Test func packedTwoBitPalette() throws {
        // Four 2-bit indices 3, 0, 1, 2 packed into one byte: 11 00 01 10 = 0xC6.
        let palette: [UInt8] = [
            0, 0, 0,
            1, 2, 3,
            4, 5, 6,
            7, 8, 9,
        ]
        let bytes = PNGFixture.png(width: 4, height: 1, colourType: .palette, bitDepth: 2, rows: [[0xC6]], before: [("PLTE", palette)])
        #expect(try RasterImage(decoding: bytes).samples == [7, 8, 9, 0, 0, 0, 1, 2, 3, 4, 5, 6])
    }

    @Test func oneBitGreyScalesToFull() throws {
        // Bits 1 0 1 1 0 0 0 0 → samples 255 0 255 255 (only 4 pixels are used).
        let bytes = PNGFixture.png(width: 4, height: 1, colourType: .grey, bitDepth: 1, rows: [[0xB0]])
        #expect(try RasterImage(decoding: bytes).samples == [255, 0, 255, 255])
    }

    @Test func greyAlphaIsCompositedOnWhite() throws {
        // out = round(v·a/255) + (255 − a):
        // (0, 0) → 0 + 255 = 255; (0, 255) → 0; (100, 128) → round(50.196) + 127 = 177; (200, 255) → 200
        let bytes = PNGFixture.png(width: 4, height: 1, colourType: .greyAlpha, bitDepth: 8, rows: [[0, 0, 0, 255, 100, 128, 200, 255]])
        let image = try RasterImage(decoding: bytes)
        #expect(image.channels == .grey)
        #expect(image.samples == [255, 0, 177, 200])
    }

    @Test func rgbaIsCompositedOnWhite() throws {
        // (255, 0, 0, 51): 255·51/255 = 51 → 51 + 204 = 255; 0 → 204; 0 → 204
        // (10, 20, 30, 255): unchanged
        let bytes = PNGFixture.png(width: 2, height: 1, colourType: .rgba, bitDepth: 8, rows: [[255, 0, 0, 51, 10, 20, 30, 255]])
        let image = try RasterImage(decoding: bytes)
        #expect(image.channels == .rgb)
        #expect(image.samples == [255, 204, 204, 10, 20, 30])
    }

    @Test func sixteenBitAlphaIsCompositedOnWhite() throws {
        // (v, a) → a·v/65535 + (65535 − a):
        // (0, 32768) → 32767; (40000, 65535) → 40000; (20000, 30000) → 9155.35 + 35535 ≈ 44690; (5, 0) → 65535
        let pairs: [UInt16] = [0, 32768, 40000, 65535, 20000, 30000, 5, 0]
        let bytes = PNGFixture.png(width: 4, height: 1, colourType: .greyAlpha, bitDepth: 16, rows: [PNGFixture.bigEndian16(pairs)])
        let image = try RasterImage(decoding: bytes)
        #expect(image.maxValue == 65535)
        let expected = [32767, 40000, 44690, 65535]
        // libpng premultiplies before we composite, so allow its rounding of a·v (±1).
        #expect(zip(image.samples, expected).allSatisfy { abs(Int($0) - $1) <= 1 }, "\(image.samples)")
    }

    @Test func paletteTransparencyIsCompositedOnWhite() throws {
        // Entry 1 is (0, 0, 0) with alpha 0 → white; entry 0 is opaque red.
        let bytes = PNGFixture.png(
            width: 2, height: 1, colourType: .palette, bitDepth: 8, rows: [[0, 1]],
            before: [("PLTE", [255, 0, 0, 0, 0, 0]), ("tRNS", [255, 0])])
        #expect(try RasterImage(decoding: bytes).samples == [255, 0, 0, 255, 255, 255])
    }

    @Test func imagesWrittenByLibpngReadBack() throws {
        var generator = SeededGenerator(seed: 41)
        let tensor = randomByteTensor([3, 9, 11], using: &generator)
        let image = try RasterImage(tensor: tensor, range: 0...255)
        #expect(try RasterImage(decoding: image.encoded(as: .png)) == image)
    }
}
