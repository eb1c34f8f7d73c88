import CNNEngine
import ImageFiles
import TestSupport
import Testing

/// `size:` shrinks by area averaging: each output cell is the mean of the source area it covers, source
/// pixels cut by a cell boundary counting in proportion to the part inside.
@Suite struct DownsamplingTests {
    @Test func fourByFourToTwoByTwoAveragesBlocks() throws {
        let image = try greyImage([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]])
        let tensor = try image.tensor(TensorConversion(scale: .byte, size: ImageSize(height: 2, width: 2)))
        // (1+2+5+6)/4 = 3.5, (3+4+7+8)/4 = 5.5, (9+10+13+14)/4 = 11.5, (11+12+15+16)/4 = 13.5
        #expect(tensor == (try Tensor(channels: [[[3.5, 5.5], [11.5, 13.5]]])))
    }

    @Test func threeByThreeToTwoByTwoUsesFractionalWeights() throws {
        // Each output cell covers 1.5 × 1.5 source pixels: the corner pixel wholly (weight 1 × 1), two edge
        // pixels by half (1 × 0.5), the centre by a quarter (0.5 × 0.5); divided by the area 2.25.
        // Top left: (0·1 + 9·0.5 + 27·0.5 + 36·0.25) / 2.25 = (0 + 4.5 + 13.5 + 9) / 2.25 = 27 / 2.25 = 12
        // Top right: (18·1 + 9·0.5 + 45·0.5 + 36·0.25) / 2.25 = (18 + 4.5 + 22.5 + 9) / 2.25 = 24
        // Bottom left: (54·1 + 27·0.5 + 63·0.5 + 36·0.25) / 2.25 = (54 + 13.5 + 31.5 + 9) / 2.25 = 48
        // Bottom right: (72·1 + 45·0.5 + 63·0.5 + 36·0.25) / 2.25 = (72 + 22.5 + 31.5 + 9) / 2.25 = 60
        let image = try greyImage([[0, 9, 18], [27, 36, 45], [54, 63, 72]])
        let tensor = try image.tensor(TensorConversion(scale: .byte, size: ImageSize(height: 2, width: 2)))
        #expect(tensor == (try Tensor(channels: [[[12, 24], [48, 60]]])))
    }

    @Test func fiveColumnsToTwo() throws {
        // Each output covers 2.5 columns: (10 + 20 + 0.5·30) / 2.5 = 18, (0.5·30 + 40 + 50) / 2.5 = 42
        let image = try greyImage([[10, 20, 30, 40, 50]])
        let tensor = try image.tensor(TensorConversion(scale: .byte, size: ImageSize(height: 1, width: 2)))
        #expect(tensor.scalars == [18, 42])
    }

    @Test func sameSizeIsIdentityAndOneByOneIsTheMean() throws {
        let image = try greyImage([[3, 1, 4], [1, 5, 9]])
        let original = try image.tensor(TensorConversion(scale: .byte))
        #expect(try image.tensor(TensorConversion(scale: .byte, size: image.size)) == original)
        // (3 + 1 + 4 + 1 + 5 + 9) / 6 = 23 / 6
        #expect(try image.tensor(TensorConversion(scale: .byte, size: ImageSize(height: 1, width: 1))).scalars == [23.0 / 6])
    }

    @Test func constantImageStaysConstant() throws {
        let image = try greyImage(Array(repeating: Array(repeating: 77, count: 13), count: 7))
        let tensor = try image.tensor(TensorConversion(scale: .byte, size: ImageSize(height: 3, width: 5)))
        #expect(tensor.scalars.allSatisfy { $0 == 77 })
    }

    @Test func matchesAnIndependentContinuousBoxFilter() throws {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<40 {
            let source = ImageSize(height: Int.random(in: 1...12, using: &generator), width: Int.random(in: 1...12, using: &generator))
            let target = ImageSize(
                height: Int.random(in: 1...source.height, using: &generator), width: Int.random(in: 1...source.width, using: &generator))
            let tensor = randomByteTensor([3, source.height, source.width], using: &generator)
            let image = try RasterImage(tensor: tensor, range: 0...255)
            let shrunk = try image.tensor(TensorConversion(scale: .byte, size: target))
            let expected = boxFilter(tensor, to: target)
            #expect(zip(shrunk.scalars, expected.scalars).allSatisfy { abs($0 - $1) < 1e-9 }, "\(source) → \(target)")
        }
    }

    @Test func sizeErrors() throws {
        let image = try greyImage([[1, 2, 3], [4, 5, 6]])
        let tooTall = ImageSize(height: 3, width: 3)
        #expect(
            imageError { () throws(ImageFileError) in try image.tensor(TensorConversion(size: tooTall)) }
                == .sizeLargerThanImage(requested: tooTall, image: image.size))
        let empty = ImageSize(height: 0, width: 2)
        #expect(imageError { () throws(ImageFileError) in try image.tensor(TensorConversion(size: empty)) } == .invalidSize(empty))
        #expect(
            ImageFileError.sizeLargerThanImage(requested: tooTall, image: image.size).description
                == "size [3, 3] is larger than the image (2 high × 3 wide); area averaging only shrinks")
    }

    /// Area averaging computed in floating point from each output cell's rectangle in source coordinates.
    private func boxFilter(_ tensor: Tensor, to target: ImageSize) -> Tensor {
        let (height, width) = (Double(tensor.shape[1]), Double(tensor.shape[2]))
        let rowScale = height / Double(target.height), columnScale = width / Double(target.width)
        return Tensor(shape: [tensor.shape[0], target.height, target.width]) { index in
            let top = Double(index[1]) * rowScale, left = Double(index[2]) * columnScale
            var sum = 0.0
            for row in 0..<tensor.shape[1] {
                let rowOverlap = max(0, min(top + rowScale, Double(row + 1)) - max(top, Double(row)))
                for column in 0..<tensor.shape[2] {
                    let columnOverlap = max(0, min(left + columnScale, Double(column + 1)) - max(left, Double(column)))
                    sum += rowOverlap * columnOverlap * tensor[index[0], row, column]
                }
            }
            return sum / (rowScale * columnScale)
        }
    }
}

/// An 8-bit grey picture of `rows`.
func greyImage(_ rows: [[Double]]) throws -> RasterImage {
    try RasterImage(tensor: Tensor(matrix: rows), range: 0...255)
}
