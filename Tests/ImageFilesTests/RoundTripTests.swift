import CNNEngine
import ImageFiles
import TestSupport
import Testing

/// Tensor → file → tensor gives the same tensor, through every format written.
@Suite struct RoundTripTests {
    static let cases: [(ImageFileFormat, Int)] = ImageFileFormat.allCases.flatMap { format in [(format, 1), (format, 3)] }

    @Test(arguments: cases)
    func tensorSurvivesAFile(format: ImageFileFormat, planes: Int) throws {
        var generator = SeededGenerator(seed: UInt64(planes * 10 + (ImageFileFormat.allCases.firstIndex(of: format) ?? 0)))
        let folder = try TemporaryDirectory(prefix: "image-files")
        for (height, width) in [(1, 1), (5, 7), (13, 4), (40, 33)] {
            let tensor = randomByteTensor([planes, height, width], using: &generator)
            let path = folder.path("picture-\(height)x\(width)")
            let image = try RasterImage(tensor: tensor, range: 0...255)
            try ImageFile.write(image, to: path, format: format, overwrite: false)
            #expect(try ImageFile.readTensor(path, TensorConversion(scale: .byte)) == tensor, "\(format) \(height)×\(width)")
            #expect(try ImageFile.read(path) == image)
        }
    }

    @Test func unitScaleDividesByMaxValue() throws {
        let tensor = try Tensor(channels: [[[0, 51, 255]]])
        let image = try RasterImage(tensor: tensor, range: 0...255)
        let read = try RasterImage(decoding: image.encoded(as: .png)).tensor(TensorConversion(scale: .unit))
        // 0 / 255 = 0, 51 / 255 = 0.2, 255 / 255 = 1
        #expect(read.scalars == [0, 51.0 / 255, 1])
        #expect(abs(read.scalars[1] - 0.2) < 1e-15)
    }

    @Test(arguments: [false, true])
    func netpbmKeepsAnyMaxValue(plain: Bool) throws {
        var generator = SeededGenerator(seed: plain ? 7 : 8)
        for maxValue in [1, 7, 255, 256, 1000, 65535] {
            for channels in ImageChannels.allCases {
                let size = ImageSize(height: 3, width: 25)
                let samples = (0..<size.height * size.width * channels.count).map { _ in
                    UInt16(Int.random(in: 0...maxValue, using: &generator))
                }
                let image = try #require(RasterImage(size: size, channels: channels, maxValue: maxValue, samples: samples))
                let bytes = try image.encoded(as: plain ? .netpbmPlain : .netpbmBinary)
                #expect(try RasterImage(decoding: bytes) == image, "maxval \(maxValue) \(channels)")
            }
        }
    }

    @Test func plainLinesStayWithinSeventyCharacters() throws {
        let image = try #require(
            RasterImage(
                size: ImageSize(height: 2, width: 40), channels: .rgb, maxValue: 65535,
                samples: Array(repeating: 65535, count: 240)))
        let text = String(decoding: try image.encoded(as: .netpbmPlain), as: UTF8.self)
        #expect(text.hasPrefix("P3\n40 2\n65535\n"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 70 })
    }

    @Test func headersAreTheStandardOnes() throws {
        let grey = try RasterImage(tensor: Tensor(matrix: [[1, 2, 3], [4, 5, 6]]), range: 0...255)
        #expect(try grey.encoded(as: .netpbmBinary) == Array("P5\n3 2\n255\n".utf8) + [1, 2, 3, 4, 5, 6])
        #expect(String(decoding: try grey.encoded(as: .netpbmPlain), as: UTF8.self) == "P2\n3 2\n255\n1 2 3\n4 5 6\n")
        #expect(try grey.encoded(as: .png).starts(with: PNGFixture.signature))
    }
}
