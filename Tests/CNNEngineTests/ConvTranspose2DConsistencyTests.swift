import CNNEngine
import Testing

/// On seeded random shapes: both views of a transposed convolution explain every cell, agree with each other and
/// with the bulk result, and agree with a convolution's dL/dX.
@Suite struct ConvTranspose2DConsistencyTests {
    @Test(arguments: 0..<40)
    func bothViewsExplainEveryCell(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(8000 + seed))
        let layer = RandomLayers.transposedConvolution(using: &generator)
        #expect(tracesMatchResult(layer.stamps))
        #expect(tracesMatchResult(layer.convolutionView))
        // Both views and the bulk gather add the same nonzero products in the same order, bias last: equal exactly.
        #expect(layer.stamps.resultCellByCell() == layer.result())
        #expect(layer.convolutionView.resultCellByCell() == layer.result())
    }

    @Test(arguments: 0..<25)
    func theConvolutionViewsNonzeroTermsAreExactlyTheStamps(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(8100 + seed))
        let layer = RandomLayers.transposedConvolution(using: &generator)
        let grid = layer.inputGrid
        for number in 0..<layer.stamps.stepCount {
            let stamps = try #require(layer.stamps.step(at: number))
            let convolution = try #require(layer.convolutionView.step(at: number))
            #expect(stamps.terms.count == layer.stamps.termCount(ofStep: number))
            #expect(Double(stamps.terms.count) == layer.stampCounts[stamps.targetIndex])
            #expect(convolution.terms.count == layer.convolutionView.termCount(ofStep: number))
            // Every grid operand that is a real input cell sits offset + stride · its index into the grid.
            for term in convolution.terms {
                guard let source = term.left.source else {
                    #expect(term.left.value == 0 && term.left.origin != .element)
                    continue
                }
                #expect(term.left.value == layer.input[source])
                #expect(term.left.position[1] == grid.offset.rows + source[1] * grid.stride.rows)
                #expect(term.left.position[2] == grid.offset.columns + source[2] * grid.stride.columns)
                let right = try #require(term.right)
                let (kh, kw) = (layer.weight.shape[2], layer.weight.shape[3])
                #expect(right.source == [right.position[0], right.position[1], kh - 1 - right.position[2], kw - 1 - right.position[3]])
            }
            // The real grid cells pair with exactly the input cells and weights the stamps view lists, in its order.
            let real = convolution.terms.filter { $0.left.origin == .element }
            #expect(real.map(\.left.source) == stamps.terms.map(\.left.source))
            #expect(real.map { $0.right?.source } == stamps.terms.map { $0.right?.source })
        }
    }

    @Test(arguments: 0..<30)
    func transposedConvolutionIsTheInputGradientOfAConvolution(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(8200 + seed))
        let conv = Self.symmetricConvolution(using: &generator)
        let gradOutput = Tensor.random(conv.outputShape, using: &generator)
        let rows = conv.window.rows, columns = conv.window.columns
        // output_padding = the rows and columns the forward stride left over, so the shapes come out equal.
        let transposed = try ConvTranspose2D(
            input: gradOutput, weight: conv.filters, stride: conv.window.stride,
            padding: Pair(rows: rows.padBefore, columns: columns.padBefore),
            outputPadding: Pair(rows: rows.leftover, columns: columns.leftover), dilation: conv.window.dilation,
            groups: conv.groups)
        let inputGradient = try conv.backward(gradOutput: gradOutput).inputGradient
        #expect(transposed.outputShape == conv.input.shape)
        #expect(isClose(transposed.result(), inputGradient.result()))
        #expect(isClose(transposed.stamps.resultCellByCell(), inputGradient.resultCellByCell()))
        #expect(
            matchesFiniteDifferences(transposed.result(), at: conv.input) { input in
                let changed = try! Conv2D(
                    input: input, filters: conv.filters, stride: conv.window.stride, padding: .explicit(conv.window.padding),
                    dilation: conv.window.dilation, groups: conv.groups)
                return weightedSum(changed.forward.result(), gradOutput)
            })
    }

    /// A random (possibly grouped) convolution with the same padding on both sides of each axis, as conv_transpose2d's.
    static func symmetricConvolution(using generator: inout SeededGenerator) -> Conv2D {
        while true {
            let drawn = RandomLayers.convolution(ConvolutionRanges(), using: &generator), window = drawn.window
            if let layer = try? Conv2D(
                input: drawn.input, filters: drawn.filters, stride: window.stride,
                padding: .explicit(Padding(rows: window.padding.top, columns: window.padding.left)), dilation: window.dilation,
                groups: drawn.groups)
            {
                return layer
            }
        }
    }
}
