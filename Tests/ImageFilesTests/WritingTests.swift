import CNNEngine
import Foundation
import ImageFiles
import TestSupport
import Testing

/// Tensors to 8-bit pictures, and files written atomically without silently replacing anything.
@Suite struct WritingTests {
    @Test func rangeMapsLinearlyToBytes() throws {
        let tensor = try Tensor(matrix: [[-1, 0, 1, 2, -3, .nan, 0.5]])
        let image = try RasterImage(tensor: tensor, range: -1...1)
        // (v + 1) / 2 · 255: −1 → 0, 0 → 127.5 → 128, 1 → 255; 2 and −3 clamp; NaN → 0; 0.5 → 191.25 → 191
        #expect(image.samples == [0, 128, 255, 255, 0, 0, 191])
        #expect(image.channels == .grey && image.maxValue == 255)
    }

    @Test func onePlaneOfAFeatureMapStack() throws {
        let stack = try Tensor(channels: [[[0, 1], [2, 3]], [[10, 20], [30, 40]]])
        let image = try RasterImage(tensor: stack, plane: 1, range: 0...40)
        // 10/40·255 = 63.75 → 64, 20/40·255 = 127.5 → 128, 30/40·255 = 191.25 → 191, 255
        #expect(image.samples == [64, 128, 191, 255])
        #expect(image.size == ImageSize(height: 2, width: 2))
    }

    @Test func threePlanesAreInterleavedIntoPixels() throws {
        let tensor = try Tensor(channels: [[[1, 2]], [[3, 4]], [[5, 6]]])
        #expect(try RasterImage(tensor: tensor, range: 0...255).samples == [1, 3, 5, 2, 4, 6])
    }

    @Test func shapeAndRangeErrors() throws {
        let two = try Tensor(channels: [[[1]], [[2]]])
        #expect(writeError { () throws(ImageWriteError) in try RasterImage(tensor: two, range: 0...1) } == .unsupportedShape([2, 1, 1]))
        let vector = try Tensor(vector: [1, 2])
        #expect(writeError { () throws(ImageWriteError) in try RasterImage(tensor: vector, range: 0...1) } == .unsupportedShape([2]))
        #expect(
            writeError { () throws(ImageWriteError) in try RasterImage(tensor: two, plane: 2, range: 0...1) }
                == .planeOutOfRange(plane: 2, count: 2))
        #expect(
            writeError { () throws(ImageWriteError) in try RasterImage(tensor: two, plane: 0, range: 3...3) }
                == .invalidRange(lower: 3, upper: 3))
        let wide = Tensor(zeros: [1, ImageLimits.maxSide + 1])
        #expect(
            writeError { () throws(ImageWriteError) in try RasterImage(tensor: wide, range: 0...1) }
                == .tooLarge(ImageSize(height: 1, width: ImageLimits.maxSide + 1)))
        let sixteenBit = try #require(RasterImage(size: ImageSize(height: 1, width: 1), channels: .grey, maxValue: 65535, samples: [9]))
        #expect(writeError { () throws(ImageWriteError) in try sixteenBit.encoded(as: .png) } == .notEightBit(maxValue: 65535))
    }

    @Test func existingFileIsKeptUnlessOverwriteIsAsked() throws {
        let folder = try TemporaryDirectory(prefix: "image-files")
        let path = try folder.write(Array("keep me".utf8), as: "picture.png")
        let image = try greyImage([[1, 2], [3, 4]])
        #expect(
            writeError { () throws(ImageWriteError) in try ImageFile.write(image, to: path, format: .png, overwrite: false) }
                == .file(.exists(path: path)))
        #expect(FileManager.default.contents(atPath: path) == Data("keep me".utf8))
        try ImageFile.write(image, to: path, format: .png, overwrite: true)
        #expect(try ImageFile.read(path) == image)
        #expect(try folder.contents() == ["picture.png"], "no temporary file is left behind")
    }

    @Test func missingFolderFailsCleanly() throws {
        let folder = try TemporaryDirectory(prefix: "image-files")
        let path = folder.path("absent/picture.pgm")
        let image = try greyImage([[1]])
        let error = writeError { () throws(ImageWriteError) in
            try ImageFile.write(image, to: path, format: .netpbmBinary, overwrite: false)
        }
        #expect(error == .file(.failed(path: path, reason: "No such file or directory")))
    }

    @Test func formatFromFileName() {
        #expect(ImageFileFormat(fileName: "a/b/feature.PNG") == .png)
        #expect(ImageFileFormat(fileName: "x.pgm") == .netpbmBinary)
        #expect(ImageFileFormat(fileName: "x.ppm") == .netpbmBinary)
        #expect(ImageFileFormat(fileName: "x.pnm") == .netpbmBinary)
        #expect(ImageFileFormat(fileName: "x.jpg") == nil)
        #expect(ImageFileFormat(fileName: "folder.png/x") == nil)
        #expect(ImageFileFormat(fileName: "png") == nil)
    }

    private func writeError(_ body: () throws(ImageWriteError) -> some Any) -> ImageWriteError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }
}
