import CNNEngine
import Testing

/// `groups` as PyTorch defines it: filter f sees only the C/groups input channels of its group f / (F/groups).
@Suite struct GroupedConvolutionTests {
    /// Grouped shapes in general, depthwise (groups == C) and pointwise (1×1) grouped shapes.
    static let shapes: [ConvolutionRanges] = [
        ConvolutionRanges(groups: 2...3),
        ConvolutionRanges(groups: 1...4, channelsPerGroup: 1...1, filtersPerGroup: 1...2),
        ConvolutionRanges(groups: 2...3, kernel: 1...1),
    ]

    @Test(arguments: shapes.indices, 0..<12)
    func gradientsMatchFiniteDifferences(shape: Int, seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(7000 + 100 * shape + seed))
        let layer = RandomLayers.convolution(Self.shapes[shape], using: &generator)
        let gradOutput = Tensor.random(layer.outputShape, using: &generator)
        let backward = try layer.backward(gradOutput: gradOutput)
        func loss(input: Tensor? = nil, filters: Tensor? = nil, bias: Tensor? = nil) -> Double {
            let changed = try! Conv2D(
                input: input ?? layer.input, filters: filters ?? layer.filters, bias: bias ?? layer.bias,
                stride: layer.window.stride, padding: .explicit(layer.window.padding), dilation: layer.window.dilation,
                groups: layer.groups)
            return weightedSum(changed.forward.result(), gradOutput)
        }
        #expect(isClose(backward.inputGradient.result(), numericalGradient(of: layer.input) { loss(input: $0) }, tolerance: 1e-6))
        #expect(isClose(backward.filterGradient.result(), numericalGradient(of: layer.filters) { loss(filters: $0) }, tolerance: 1e-6))
        #expect(isClose(backward.biasGradient.result(), numericalGradient(of: layer.bias) { loss(bias: $0) }, tolerance: 1e-6))
    }

    @Test(arguments: shapes.indices, 0..<8)
    func stepsExplainEveryCellAndCountTheirTerms(shape: Int, seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(7500 + 100 * shape + seed))
        let layer = RandomLayers.convolution(Self.shapes[shape], using: &generator)
        let backward = try layer.backward(gradOutput: Tensor.random(layer.outputShape, using: &generator))
        let operations: [any TracedOperation] = [layer.forward, backward.filterGradient, backward.inputGradient, backward.biasGradient]
        for operation in operations {
            let explained = tracesMatchResult(operation)
            #expect(explained)
            for number in [0, operation.stepCount - 1] {
                #expect(operation.termCount(ofStep: number) == operation.step(at: number)?.terms.count)
            }
        }
        let (kh, kw) = (layer.window.rows.kernelSize, layer.window.columns.kernelSize)
        #expect(layer.forward.termCount(ofStep: 0) == layer.channelCount / layer.groups * kh * kw)
        #expect(backward.inputGradient.termCount(ofStep: 0) == layer.filterCount / layer.groups * kh * kw)
    }

    @Test(arguments: 0..<10)
    func aGroupedLayerIsItsGroupsSideBySide(seed: Int) throws {
        // Independent of the engine's group arithmetic: slice the input and filters by hand, run one ungrouped layer
        // per group, and put their outputs and gradients back side by side.
        var generator = SeededGenerator(seed: UInt64(7900 + seed))
        let layer = RandomLayers.convolution(ConvolutionRanges(groups: 2...4), using: &generator)
        let gradOutput = Tensor.random(layer.outputShape, using: &generator)
        let backward = try layer.backward(gradOutput: gradOutput)
        let (cg, fg) = (layer.channelCount / layer.groups, layer.filterCount / layer.groups)
        let (forward, inputGradient, filterGradient) = (
            layer.forward.result(), backward.inputGradient.result(), backward.filterGradient.result()
        )
        for g in 0..<layer.groups {
            let part = try Conv2D(
                input: slice(layer.input, from: g * cg, count: cg), filters: slice(layer.filters, from: g * fg, count: fg),
                bias: slice(layer.bias, from: g * fg, count: fg), stride: layer.window.stride,
                padding: .explicit(layer.window.padding), dilation: layer.window.dilation)
            let partBackward = try part.backward(gradOutput: slice(gradOutput, from: g * fg, count: fg))
            #expect(slice(forward, from: g * fg, count: fg) == part.forward.result())
            #expect(slice(inputGradient, from: g * cg, count: cg) == partBackward.inputGradient.result())
            #expect(isClose(slice(filterGradient, from: g * fg, count: fg), partBackward.filterGradient.result()))
        }
    }

    @Test func depthwiseByHand() throws {
        // Two channels, two 2×2 filters, groups 2: filter 0 sees only channel 0, filter 1 only channel 1.
        let input = try Tensor(channels: [[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[9, 8, 7], [6, 5, 4], [3, 2, 1]]])
        let filters = try Tensor(filters: [[[[1, 0], [0, -1]]], [[[2, 1], [0, 0]]]])
        let layer = try Conv2D(input: input, filters: filters, groups: 2)
        // Z0[y][x] = X0[y][x] − X0[y+1][x+1] = −4 everywhere; Z1[y][x] = 2·X1[y][x] + X1[y][x+1]:
        // 2·9 + 8 = 26, 2·8 + 7 = 23, 2·6 + 5 = 17, 2·5 + 4 = 14.
        #expect(layer.forward.result() == (try Tensor(channels: [[[-4, -4], [-4, -4]], [[26, 23], [17, 14]]])))
        let backward = try layer.backward(gradOutput: Tensor(shape: [2, 2, 2]) { _ in 1 })
        // dL/dX0 adds W0 = [[1, 0], [0, −1]] at each of the four window positions: the +1s land on the top-left 2×2,
        // the −1s on the bottom-right 2×2, cancelling in the middle. dL/dX1 adds W1 = [[2, 1], [0, 0]] likewise:
        // top rows get 2, 2 + 1, 1. Channel 1 never sees W0, as it would with groups 1.
        #expect(
            backward.inputGradient.result()
                == (try Tensor(channels: [
                    [[1, 1, 0], [1, 0, -1], [0, -1, -1]], [[2, 3, 1], [2, 3, 1], [0, 0, 0]],
                ])))
        // dL/dW[f][0][u][v] = the sum of the 2×2 block of X_f starting at (u, v): 1+2+4+5 = 12, 2+3+5+6 = 16,
        // 4+5+7+8 = 24, 5+6+8+9 = 28; for X1 the same blocks give 28, 24, 16, 12.
        #expect(backward.filterGradient.result() == (try Tensor(filters: [[[[12, 16], [24, 28]]], [[[28, 24], [16, 12]]]])))
        // The step for dL/dX1[0][0] has F/groups · 2 · 2 = 4 terms, all from filter 1.
        let step = try #require(backward.inputGradient.step(for: [1, 0, 0]))
        #expect(step.terms.count == 4)
        #expect(step.terms.allSatisfy { $0.right?.source?.first == 1 })
        let forwardStep = try #require(layer.forward.step(for: [1, 0, 0]))
        #expect(forwardStep.terms.map { $0.left.source?.first } == [1, 1, 1, 1])
    }

    @Test func countsOfParametersAndMultiplyAdds() throws {
        // Depthwise 3×3 over 32 channels of 8×8 with `same` padding: 32·1·3·3 weights + 32 biases = 320 parameters,
        // 32 filters · 8·8 outputs · 1 channel · 9 taps = 18 432 multiply-adds.
        let depthwise = try Conv2D(
            input: Tensor(zeros: [32, 8, 8]), filters: Tensor(zeros: [32, 1, 3, 3]), bias: Tensor(zeros: [32]),
            padding: .same, groups: 32)
        #expect(depthwise.parameterCount == 320)
        #expect(depthwise.multiplyAddCount == 18_432)
        // Pointwise 1×1, 4 channels in 2 groups to 6 filters on 5×5: 6·2 weights, no bias; 6·25·2 = 300.
        let pointwise = try Conv2D(input: Tensor(zeros: [4, 5, 5]), filters: Tensor(zeros: [6, 2, 1, 1]), groups: 2)
        #expect(pointwise.parameterCount == 12)
        #expect(pointwise.multiplyAddCount == 300)
        // Ungrouped: 2 filters 3×3×3 on 3×6×6 give 2×4×4 outputs of 27 taps: 2·16·27 = 864.
        let plain = try Conv2D(input: Tensor(zeros: [3, 6, 6]), filters: Tensor(zeros: [2, 3, 3, 3]))
        #expect(plain.multiplyAddCount == 864)
    }

    @Test func groupIndexing() throws {
        // 6 channels, 4 filters, 2 groups: filters 0–1 read channels 0–2, filters 2–3 read channels 3–5.
        let layer = try Conv2D(input: Tensor(zeros: [6, 3, 3]), filters: Tensor(zeros: [4, 3, 1, 1]), groups: 2)
        #expect((layer.channelsPerGroup, layer.filtersPerGroup) == (3, 2))
        #expect((0..<4).map { layer.group(ofFilter: $0) } == [0, 0, 1, 1])
        #expect(layer.inputChannel(filter: 3, kernelChannel: 1) == 4)
        #expect(layer.filters(readingInputChannel: 4) == 2..<4)
        #expect(layer.kernelChannel(readingInputChannel: 4) == 1)
    }

    /// `count` entries of the first dimension of `tensor`, starting at `from`.
    private func slice(_ tensor: Tensor, from: Int, count: Int) -> Tensor {
        var shape = tensor.shape
        shape[0] = count
        return Tensor(shape: shape) { index in
            var source = index
            source[0] += from
            return tensor[source]
        }
    }
}
