import CNNEngine
import Testing

/// The gradients of a transposed convolution: by hand, against finite differences, and as traced steps.
@Suite struct ConvTranspose2DBackwardTests {
    @Test func aGradientOfOnesSumsEachStampOnce() throws {
        let layer = try ConvTranspose2D(
            input: Tensor(channels: [[[1, 2], [3, 4]]]), weight: Tensor(filters: [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]]),
            bias: Tensor(vector: [0]), stride: Pair(2))
        let backward = try layer.backward(gradOutput: Tensor(shape: [1, 5, 5]) { _ in 1 })
        // Without padding every tap of every stamp lands inside the 5×5 output, so with dL/dO = 1:
        // dL/dX[i][j] = Σ W = 1 + 2 + … + 9 = 45; dL/dW[u][v] = Σ X = 1 + 2 + 3 + 4 = 10; dL/db = 25 cells.
        #expect(backward.inputGradient.result() == (try Tensor(channels: [[[45, 45], [45, 45]]])))
        #expect(backward.filterGradient.result() == Tensor(shape: [1, 1, 3, 3]) { _ in 10 })
        #expect(backward.biasGradient.result() == (try Tensor(vector: [25])))
    }

    @Test func outputPaddingNoStampReachesGetsNoGradient() throws {
        // X = [1, 2], W = [1, 10], stride 1, dilation 2, output_padding 1: output 5 wide, taps land at i + 2v.
        let layer = try ConvTranspose2D(
            input: Tensor(channels: [[[1, 2]]]), weight: Tensor(filters: [[[[1, 10]]]]), bias: Tensor(vector: [7]),
            outputPadding: Pair(rows: 0, columns: 1), dilation: Pair(rows: 1, columns: 2))
        let backward = try layer.backward(gradOutput: Tensor(channels: [[[1, 2, 3, 4, 5]]]))
        // dL/dX[i] = Σ_v dL/dO[i + 2v] · W[v]: i = 0: 1·1 + 3·10 = 31; i = 1: 2·1 + 4·10 = 42.
        #expect(backward.inputGradient.result().scalars == [31, 42])
        // dL/dW[v] = Σ_i X[i] · dL/dO[i + 2v]: v = 0: 1·1 + 2·2 = 5; v = 1: 1·3 + 2·4 = 11. dL/db = 1 + … + 5 = 15.
        #expect(backward.filterGradient.result().scalars == [5, 11])
        #expect(backward.biasGradient.result().scalars == [15])
        // dL/dO[4] (the column only the bias reaches) is left out of the convolution that gives dL/dX.
        #expect(backward.adjoint.input.shape == [1, 1, 4])
        #expect(backward.adjoint.outputShape == layer.input.shape)
    }

    @Test func stepsAreDrawnUnderTheTransposedLayersNames() throws {
        let layer = try ConvTranspose2D(
            input: Tensor(channels: [[[1, 2]]]), weight: Tensor(filters: [[[[1, 10]]]]), stride: Pair(2))
        let backward = try layer.backward(gradOutput: Tensor(channels: [[[1, 2, 3, 4]]]))
        let inputStep = try #require(backward.inputGradient.step(at: 1))
        // dL/dX[1] = dL/dO[2]·W[0] + dL/dO[3]·W[1] = 3 + 40 = 43, read as a convolution of dL/dO with W.
        #expect(inputStep.target == .gradInput)
        #expect(inputStep.terms.map(\.left.tensor) == [.gradOutput, .gradOutput])
        #expect(inputStep.terms.map(\.left.source) == [[0, 0, 2], [0, 0, 3]])
        #expect(inputStep.terms.map { $0.right?.tensor } == [.filters, .filters])
        #expect(inputStep.total == 43)
        let filterStep = try #require(backward.filterGradient.step(at: 1))
        // dL/dW[1] = dL/dO[1]·X[0] + dL/dO[3]·X[1] = 2 + 8 = 10.
        #expect(filterStep.target == .gradFilters)
        #expect(filterStep.terms.map(\.left.tensor) == [.gradOutput, .gradOutput])
        #expect(filterStep.terms.map { $0.right?.tensor } == [.input, .input])
        #expect(filterStep.terms.map { $0.right?.source } == [[0, 0, 0], [0, 0, 1]])
        #expect(filterStep.total == 10)
    }

    @Test(arguments: 0..<40)
    func gradientsMatchFiniteDifferences(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(9000 + seed))
        let layer = RandomLayers.transposedConvolution(using: &generator)
        let gradOutput = Tensor.random(layer.outputShape, using: &generator)
        let backward = try layer.backward(gradOutput: gradOutput)
        func loss(_ changed: ConvTranspose2D) -> Double { weightedSum(changed.result(), gradOutput) }
        #expect(
            matchesFiniteDifferences(backward.inputGradient.result(), at: layer.input) {
                loss(try! RandomLayers.replacing(layer, input: $0))
            })
        #expect(
            matchesFiniteDifferences(backward.filterGradient.result(), at: layer.weight) {
                loss(try! RandomLayers.replacing(layer, weight: $0))
            })
        #expect(
            matchesFiniteDifferences(backward.biasGradient.result(), at: layer.bias) {
                loss(try! RandomLayers.replacing(layer, bias: $0))
            })
    }

    @Test(arguments: 0..<25)
    func backwardStepsExplainEveryCell(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(9100 + seed))
        let layer = RandomLayers.transposedConvolution(using: &generator)
        let backward = try layer.backward(gradOutput: Tensor.random(layer.outputShape, using: &generator))
        #expect(tracesMatchResult(backward.inputGradient))
        #expect(tracesMatchResult(backward.filterGradient))
        #expect(tracesMatchResult(backward.biasGradient))
        #expect(backward.inputGradient.resultShape == layer.input.shape)
        #expect(backward.filterGradient.resultShape == layer.weight.shape)
    }

    @Test func gradientMustHaveTheOutputsShape() throws {
        let layer = try ConvTranspose2D(input: Tensor(zeros: [1, 2, 2]), weight: Tensor(zeros: [1, 1, 3, 3]), stride: Pair(2))
        #expect(throws: ShapeError.gradientShapeMismatch(gradient: "dL/dO", expected: [1, 5, 5], actual: [1, 4, 4])) {
            try layer.backward(gradOutput: Tensor(zeros: [1, 4, 4]))
        }
    }
}
