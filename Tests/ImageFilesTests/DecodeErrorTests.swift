import Foundation
import ImageFiles
import TestSupport
import Testing

/// Every way a file can fail to be an image gives its own typed error, never a trap.
@Suite struct DecodeErrorTests {
    static let smallPGM = Array("P5\n3 2\n255\n".utf8) + [10, 20, 30, 40, 50, 60]
    static let smallPPM = Array("P6\n2 1\n65535\n".utf8) + [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
    static let smallPNG = PNGFixture.png(width: 3, height: 2, colourType: .rgb, bitDepth: 8, rows: [Array(0..<9), Array(9..<18)])

    @Test func missingFile() {
        let path = "/nonexistent/picture.png"
        #expect(imageError { () throws(ImageFileError) in try ImageFile.read(path) } == .missing(path: path))
    }

    @Test func folderIsUnreadable() throws {
        let folder = try TemporaryDirectory(prefix: "image-files")
        let error = imageError { () throws(ImageFileError) in try ImageFile.read(folder.path) }
        guard case .unreadable(let path, let reason) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(path == folder.path)
        #expect(reason == "Is a directory")
    }

    @Test func fileOverTheLimitIsNotRead() throws {
        let folder = try TemporaryDirectory(prefix: "image-files")
        let path = try folder.write([], as: "huge.pgm")
        // A sparse file one byte over the limit: refused from its size, without reading 256 MiB.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(ImageLimits.maxFileBytes + 1))
        try handle.close()
        #expect(imageError { () throws(ImageFileError) in try ImageFile.read(path) } == .fileTooLarge(path: path))
    }

    @Test func emptyAndUnknownBytesAreNotImages() {
        #expect(decodingError([]) == .notAnImage(firstBytes: []))
        let gif = Array("GIF89a\u{1}\u{0}\u{1}\u{0}".utf8)
        #expect(decodingError(gif) == .notAnImage(firstBytes: Array(gif.prefix(8))))
        #expect(decodingError(Array("P".utf8)) == .notAnImage(firstBytes: [0x50]))
        #expect(decodingError(Array("P8\n1 1\n1\n".utf8)) == .notAnImage(firstBytes: Array("P8\n1 1\n1".utf8)))
        #expect(
            ImageFileError.notAnImage(firstBytes: [0x47, 0x0A]).description
                == "not a PNG, PGM or PPM image (it starts with bytes 47 0A)")
    }

    @Test func seededGarbageIsNotAnImage() {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<200 {
            let count = Int.random(in: 1...64, using: &generator)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if bytes[0] == 0x89 || bytes[0] == 0x50 { bytes[0] = 0 }  // not a signature by chance
            #expect(decodingError(bytes) == .notAnImage(firstBytes: Array(bytes.prefix(8))))
        }
    }

    @Test func truncatedPNGAtEveryCutPoint() {
        // The last chunk (IEND, 12 bytes) is where libpng stops needing data.
        let iendStart = Self.smallPNG.count - 12
        for cut in 1..<iendStart {
            let error = decodingError(Array(Self.smallPNG.prefix(cut)))
            #expect(isTruncated(error), "cut at \(cut): \(String(describing: error))")
        }
    }

    @Test(arguments: [smallPGM, smallPPM, Array("P2\n3 2\n255\n10 20 30\n40 50 60\n".utf8), Array("P3 1 2 9 1 2 3 4 5 6".utf8)])
    func truncatedNetpbmAtEveryCutPoint(bytes: [UInt8]) {
        // A plain file cut inside its last sample still reads (as a smaller number), so cuts stop before it.
        let isPlain = bytes[1] == UInt8(ascii: "2") || bytes[1] == UInt8(ascii: "3")
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x0A }
        let lastByte = bytes.lastIndex { !isSpace($0) } ?? 0
        let lastSampleStart = (bytes[..<lastByte].lastIndex(where: isSpace) ?? 0) + 1
        let end = isPlain ? lastSampleStart : bytes.count
        for cut in 2..<end {
            let error = decodingError(Array(bytes.prefix(cut)))
            #expect(isTruncated(error), "cut at \(cut): \(String(describing: error))")
        }
    }

    @Test func damagedPNGIsCorrupt() {
        var badCRC = Self.smallPNG
        badCRC[29] ^= 0xFF  // inside IHDR's CRC
        #expect(isCorrupt(decodingError(badCRC)))
        var badDepth = Self.smallPNG
        badDepth[24] = 3  // an RGB bit depth of 3 does not exist
        #expect(isCorrupt(decodingError(PNGFixture.withFixedCRCs(badDepth))))
        var badZlib = Self.smallPNG
        badZlib[41] = 0x00  // the zlib header of IDAT
        #expect(isCorrupt(decodingError(PNGFixture.withFixedCRCs(badZlib))))
    }

    @Test func badNetpbmHeaders() {
        let headers = ["P5\nx 2\n255\n", "P5\n3 -2\n255\n", "P5\n3 2\n2.5\n", "P53 2\n255\n", "P5\n3x2\n255\n"]
        for header in headers {
            let error = decodingError(Array(header.utf8) + [1, 2, 3, 4, 5, 6])
            #expect(isBadHeader(error), "\(header.debugDescription): \(String(describing: error))")
        }
        #expect(isBadHeader(decodingError(Array("P5\n0 2\n255\n".utf8))))
        #expect(decodingError(Array("P5\nx 2\n255\n".utf8)) == .badHeader("expected the width as a whole number, found 'x'"))
    }

    @Test func maxValuesOutsideTheFormat() {
        #expect(decodingError(Array("P5\n1 1\n0\n\u{0}".utf8)) == .unsupportedMaxValue(0))
        #expect(decodingError(Array("P2 1 1 65536 1".utf8)) == .unsupportedMaxValue(65536))
        #expect(decodingError(Array("P6 1 1 99999999999999999999999 1".utf8)) == .unsupportedMaxValue(Int.max))
    }

    @Test func samplesAboveMaxValueAreCorrupt() {
        #expect(
            decodingError(Array("P5 2 1 100\n".utf8) + [100, 101])
                == .corrupt("the sample at row 1, column 2 is 101, above the maxval 100"))
        #expect(
            decodingError(Array("P3 1 1 255 0 300 0".utf8))
                == .corrupt("the sample at row 1, column 1 (green) is 300, above the maxval 255"))
        #expect(
            decodingError(Array("P6 1 1 256\n".utf8) + [1, 1, 1, 0, 0, 0])
                == .corrupt("the sample at row 1, column 1 (red) is 257, above the maxval 256"))
        #expect(decodingError(Array("P2 2 1 9 3 x".utf8)) == .corrupt("expected the sample at row 1, column 2, found 'x'"))
    }

    @Test func otherNetpbmVariantsAreUnsupported() {
        #expect(
            decodingError(Array("P7\nWIDTH 1\nHEIGHT 1\nDEPTH 1\nMAXVAL 255\nTUPLTYPE GRAYSCALE\nENDHDR\n\u{0}".utf8))
                == .unsupportedFormat("PAM (P7)"))
        #expect(decodingError(Array("P1 1 1 0".utf8)) == .unsupportedFormat("PBM (P1)"))
        #expect(decodingError(Array("P4 8 1\n\u{0}".utf8)) == .unsupportedFormat("PBM (P4)"))
        #expect(decodingError(Array("PF 1 1 -1.0\n".utf8)) == .unsupportedFormat("PFM (PF)"))
    }

    @Test func imagesOverTheSideLimitAreTooLarge() {
        let side = ImageLimits.maxSide
        #expect(decodingError(Array("P5\n\(side + 1) 1\n255\n".utf8)) == .tooLarge(ImageSize(height: 1, width: side + 1)))
        #expect(decodingError(Array("P2 1 \(side + 1) 255".utf8)) == .tooLarge(ImageSize(height: side + 1, width: 1)))
        #expect(decodingError(largePNG(width: 5000, height: 5000)) == .tooLarge(ImageSize(height: 5000, width: 5000)))
        // Over libpng's own limit (a million a side): still reported as too large, not as corrupt.
        #expect(decodingError(largePNG(width: 2_000_000, height: 1)) == .tooLarge(ImageSize(height: 1, width: 2_000_000)))
        // Exactly at the limit the header is accepted and the missing raster is what fails.
        #expect(isTruncated(decodingError(Array("P5\n\(side) \(side)\n255\n".utf8))))
    }

    @Test func messagesSayWhatHappened() {
        #expect(ImageFileError.missing(path: "a/b.png").description == "no such file: a/b.png")
        #expect(
            ImageFileError.tooLarge(ImageSize(height: 5000, width: 20)).description
                == "the image is 5000 high × 20 wide; the limit is 4096 × 4096 pixels")
        #expect(ImageFileError.unsupportedMaxValue(0).description == "unsupported netpbm maxval 0: it must be 1…65535")
        #expect(
            ImageFileError.unsupportedFormat("PAM (P7)").description
                == "unsupported image format PAM (P7); use PNG, PGM (P2/P5) or PPM (P3/P6)")
    }

    /// A PNG whose IHDR (with a correct CRC) declares `width` × `height`, followed by a token IDAT.
    private func largePNG(width: Int, height: Int) -> [UInt8] {
        let header = PNGFixture.bigEndian32(UInt32(width)) + PNGFixture.bigEndian32(UInt32(height)) + [8, 0, 0, 0, 0]
        return PNGFixture.signature + PNGFixture.chunk("IHDR", header) + PNGFixture.chunk("IDAT", PNGFixture.zlibStored([0]))
            + PNGFixture.chunk("IEND", [])
    }

    private func decodingError(_ bytes: [UInt8]) -> ImageFileError? {
        imageError { () throws(ImageFileError) in try RasterImage(decoding: bytes) }
    }
}
