import CNNEngine
import Testing

/// The fast bulk passes against the cell-by-cell traced formulas, aimed at the corners of the geometry where the
/// stride-split layout, the zero-led dL/dO rows and the overlapping last chunk of eight could go wrong.
@Suite struct BulkConvolutionTests {
    /// Geometries named by what they stress; each is drawn with several seeds.
    static let corners: [(name: String, ranges: ConvolutionRanges)] = [
        ("stride larger than the kernel", ConvolutionRanges(groups: 1...1, kernel: 1...2, stride: 3...4, padding: 0...1)),
        ("dilation", ConvolutionRanges(kernel: 2...3, dilation: 2...3, size: 5...12)),
        ("asymmetric padding", ConvolutionRanges(padding: 0...3)),
        ("1×1 kernels", ConvolutionRanges(kernel: 1...1)),
        ("kernel as large as the input", ConvolutionRanges(kernel: 1...5, padding: 0...0, inputMatchesKernel: true)),
        ("padded kernel as large as the input", ConvolutionRanges(kernel: 2...5, inputMatchesKernel: true)),
        ("long rows (chunks of eight and four)", ConvolutionRanges(groups: 1...2, kernel: 1...3, size: 8...40)),
        ("depthwise", ConvolutionRanges(groups: 1...4, channelsPerGroup: 1...1, filtersPerGroup: 1...2)),
        ("pointwise grouped", ConvolutionRanges(groups: 2...3, kernel: 1...1, stride: 1...2)),
    ]

    @Test(arguments: corners.indices, 0..<8)
    func bulkPassesMatchTheCellByCellFormulas(corner: Int, seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(9000 + 100 * corner + seed))
        let layer = RandomLayers.convolution(Self.corners[corner].ranges, using: &generator)
        let backward = try layer.backward(gradOutput: Tensor.random(layer.outputShape, using: &generator))
        // Forward and dL/dX add the same terms in the same order as value(at:), so they agree exactly.
        #expect(layer.forward.result() == layer.forward.resultCellByCell(), "\(Self.corners[corner].name)")
        #expect(backward.inputGradient.result() == backward.inputGradient.resultCellByCell(), "\(Self.corners[corner].name)")
        // dL/dW sums in interleaved partial sums, so only to rounding.
        #expect(isClose(backward.filterGradient.result(), backward.filterGradient.resultCellByCell()), "\(Self.corners[corner].name)")
        #expect(backward.biasGradient.result() == backward.biasGradient.resultCellByCell())
    }

    @Test func wideImagesUseEveryChunkSize() throws {
        // Output widths 1…20 cover rows shorter than four, than eight, exact multiples and every overlap.
        var generator = SeededGenerator(seed: 9900)
        for width in 1...20 {
            let layer = try Conv2D(
                input: Tensor.random([2, 3, width + 2], using: &generator),
                filters: Tensor.random([3, 2, 3, 3], using: &generator), bias: Tensor.random([3], using: &generator))
            let backward = try layer.backward(gradOutput: Tensor.random(layer.outputShape, using: &generator))
            #expect(layer.outputShape == [3, 1, width])
            #expect(layer.forward.result() == layer.forward.resultCellByCell(), "output width \(width)")
            #expect(backward.inputGradient.result() == backward.inputGradient.resultCellByCell(), "output width \(width)")
            #expect(isClose(backward.filterGradient.result(), backward.filterGradient.resultCellByCell()), "output width \(width)")
        }
    }

    @Test func evenWidthStrideTwoIsSplitNotCopiedAsIs() throws {
        // No padding, stride 2 and an even width: the split layout has as many values as the input but a different
        // order, so it must not be mistaken for the input's own layout.
        var generator = SeededGenerator(seed: 9901)
        let layer = try Conv2D(
            input: Tensor.random([1, 6, 8], using: &generator), filters: Tensor.random([1, 1, 2, 2], using: &generator),
            stride: Pair(2))
        #expect(layer.forward.result() == layer.forward.resultCellByCell())
        let backward = try layer.backward(gradOutput: Tensor.random(layer.outputShape, using: &generator))
        #expect(isClose(backward.filterGradient.result(), backward.filterGradient.resultCellByCell()))
    }
}
