import CNNEngine
import Testing

/// Every backward formula against central finite differences of L = Σ dL/dO ⊙ O on random shapes.
@Suite struct GradientCheckTests {
    @Test(arguments: 0..<40)
    func convolutionGradientsMatchFiniteDifferences(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let layer = RandomLayers.convolution(using: &generator)
        let gradOutput = Tensor.random(layer.outputShape, using: &generator)
        let backward = try layer.backward(gradOutput: gradOutput)
        func loss(input: Tensor? = nil, filters: Tensor? = nil, bias: Tensor? = nil) -> Double {
            let changed = try! Conv2D(
                input: input ?? layer.input, filters: filters ?? layer.filters, bias: bias ?? layer.bias,
                stride: layer.window.stride, padding: .explicit(layer.window.padding), dilation: layer.window.dilation)
            return weightedSum(changed.forward.result(), gradOutput)
        }
        let numericInput = numericalGradient(of: layer.input) { loss(input: $0) }
        let numericFilters = numericalGradient(of: layer.filters) { loss(filters: $0) }
        let numericBias = numericalGradient(of: layer.bias) { loss(bias: $0) }
        #expect(isClose(backward.inputGradient.result(), numericInput, tolerance: 1e-6))
        #expect(isClose(backward.filterGradient.result(), numericFilters, tolerance: 1e-6))
        #expect(isClose(backward.biasGradient.result(), numericBias, tolerance: 1e-6))
    }

    @Test(arguments: [PoolKind.max, .average], 0..<40)
    func poolingGradientMatchesFiniteDifferences(kind: PoolKind, seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(1000 + seed))
        let layer = RandomLayers.pooling(kind, using: &generator)
        let gradOutput = Tensor.random(layer.outputShape, using: &generator)
        let numeric = numericalGradient(of: layer.input) { input in
            weightedSum(RandomLayers.pooling(like: layer, input: input).forward.result(), gradOutput)
        }
        #expect(isClose(try layer.backward(gradOutput: gradOutput).result(), numeric, tolerance: 1e-6))
    }

    @Test(arguments: 0..<10)
    func reluGradientMatchesFiniteDifferences(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(2000 + seed))
        let input = Tensor.random([2, 4, 5], using: &generator, margin: 0.01)
        let gradOutput = Tensor.random(input.shape, using: &generator)
        let numeric = numericalGradient(of: input) { weightedSum(ReLU(input: $0).forward.result(), gradOutput) }
        #expect(isClose(try ReLU(input: input).backward(gradOutput: gradOutput).result(), numeric, tolerance: 1e-6))
    }

    @Test func maxPoolTieSendsTheGradientToTheFirstMaximum() throws {
        let input = try Tensor(channels: [[[5, 5], [5, 1]]])
        let layer = try Pool2D(kind: .max, input: input, size: Pair(2))
        let gradient = try layer.backward(gradOutput: Tensor(channels: [[[3]]])).result()
        #expect(gradient == (try Tensor(channels: [[[3, 0], [0, 0]]])))
        #expect(layer.forward.step(at: 0)?.winner == 0)
    }
}
