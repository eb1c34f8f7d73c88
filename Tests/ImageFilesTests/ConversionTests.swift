import CNNEngine
import ImageFiles
import Testing

/// `channels:` and `scale:`.
@Suite struct ConversionTests {
    @Test func rgbToGreyIsBT601Luma() throws {
        let planes = try Tensor(channels: [[[255, 0, 0, 10, 7]], [[0, 255, 0, 20, 7]], [[0, 0, 255, 30, 7]]])
        let image = try RasterImage(tensor: planes, range: 0...255)
        let grey = try image.tensor(TensorConversion(channels: .grey, scale: .byte))
        // 0.299·255 = 76.245; 0.587·255 = 149.685; 0.114·255 = 29.07;
        // 0.299·10 + 0.587·20 + 0.114·30 = 2.99 + 11.74 + 3.42 = 18.15; a grey pixel keeps its value: 7
        let expected = [76.245, 149.685, 29.07, 18.15, 7]
        #expect(grey.shape == [1, 1, 5])
        #expect(zip(grey.scalars, expected).allSatisfy { abs($0 - $1) < 1e-12 }, "\(grey.scalars)")
        #expect(grey.scalars[4] == 7)
    }

    @Test func greyToRGBRepeatsTheValue() throws {
        let image = try greyImage([[0, 100], [200, 255]])
        let rgb = try image.tensor(TensorConversion(channels: .rgb, scale: .byte))
        #expect(rgb == (try Tensor(channels: Array(repeating: [[0, 100], [200, 255]], count: 3))))
    }

    @Test func keepingChannelsIsTheDefault() throws {
        let image = try RasterImage(tensor: Tensor(channels: [[[1]], [[2]], [[3]]]), range: 0...255)
        #expect(try image.tensor(TensorConversion()).scalars == [1, 2, 3])
    }

    @Test func scaleUsesTheImagesMaxValue() throws {
        let size = ImageSize(height: 1, width: 3)
        let image = try #require(RasterImage(size: size, channels: .grey, maxValue: 1000, samples: [0, 500, 1000]))
        // 500 / 1000 · 255 = 127.5
        #expect(try image.tensor(TensorConversion(scale: .byte)).scalars == [0, 127.5, 255])
        #expect(try image.tensor(TensorConversion(scale: .unit)).scalars == [0, 0.5, 1])
    }

    @Test func validatingInitialiserRejectsInconsistentParts() {
        let size = ImageSize(height: 1, width: 2)
        #expect(RasterImage(size: size, channels: .grey, maxValue: 255, samples: [1]) == nil)
        #expect(RasterImage(size: size, channels: .grey, maxValue: 10, samples: [1, 11]) == nil)
        #expect(RasterImage(size: size, channels: .grey, maxValue: 0, samples: [0, 0]) == nil)
        #expect(RasterImage(size: ImageSize(height: 0, width: 2), channels: .grey, maxValue: 255, samples: []) == nil)
        #expect(RasterImage(size: size, channels: .rgb, maxValue: 65535, samples: [1, 2, 3, 4, 5, 65535]) != nil)
    }
}
