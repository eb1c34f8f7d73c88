import CNNEngine
import Testing

/// The backward passes of the layers after convolution against central finite differences on random shapes.
@Suite struct LayerGradientCheckTests {
    @Test(arguments: 0..<10)
    func flattenGradientIsTheReshapedUpstreamGradient(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(7000 + seed))
        let input = Tensor.random(RandomLayers.imageShape(using: &generator), using: &generator)
        let gradOutput = Tensor.random([input.count], using: &generator)
        let numeric = numericalGradient(of: input) { weightedSum(try! Flatten(input: $0).forward.result(), gradOutput) }
        #expect(isClose(try Flatten(input: input).backward(gradOutput: gradOutput).result(), numeric, tolerance: 1e-6))
    }

    @Test(arguments: 0..<25)
    func denseGradientsMatchFiniteDifferences(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(7100 + seed))
        let layer = RandomLayers.dense(using: &generator)
        let gradOutput = Tensor.random(layer.outputShape, using: &generator)
        let backward = try layer.backward(gradOutput: gradOutput)
        func loss(input: Tensor? = nil, weight: Tensor? = nil, bias: Tensor? = nil) -> Double {
            let changed = try! Dense(input: input ?? layer.input, weight: weight ?? layer.weight, bias: bias ?? layer.bias)
            return weightedSum(changed.forward.result(), gradOutput)
        }
        #expect(isClose(backward.inputGradient.result(), numericalGradient(of: layer.input) { loss(input: $0) }, tolerance: 1e-6))
        #expect(isClose(backward.weightGradient.result(), numericalGradient(of: layer.weight) { loss(weight: $0) }, tolerance: 1e-6))
        #expect(isClose(backward.biasGradient.result(), numericalGradient(of: layer.bias) { loss(bias: $0) }, tolerance: 1e-6))
    }

    @Test(arguments: 0..<10)
    func sigmoidGradientMatchesFiniteDifferences(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(7200 + seed))
        let input = Tensor(shape: RandomLayers.imageShape(using: &generator)) { _ in Double.random(in: -6...6, using: &generator) }
        let gradOutput = Tensor.random(input.shape, using: &generator)
        let numeric = numericalGradient(of: input) { weightedSum(Sigmoid(input: $0).forward.result(), gradOutput) }
        #expect(isClose(try Sigmoid(input: input).backward(gradOutput: gradOutput).result(), numeric, tolerance: 1e-6))
    }

    @Test(arguments: 0..<20)
    func softmaxGradientMatchesFiniteDifferences(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(7300 + seed))
        let logits = RandomLayers.logits(using: &generator)
        let gradOutput = Tensor.random(logits.shape, using: &generator)
        let numeric = numericalGradient(of: logits) { weightedSum(try! Softmax(input: $0).forward.result(), gradOutput) }
        #expect(isClose(try Softmax(input: logits).backward(gradOutput: gradOutput).result(), numeric, tolerance: 1e-6))
    }

    @Test(arguments: 0..<10)
    func meanSquaredErrorGradientMatchesFiniteDifferences(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(7400 + seed))
        let shape = RandomLayers.imageShape(using: &generator)
        let (prediction, target) = (Tensor.random(shape, using: &generator), Tensor.random(shape, using: &generator))
        let numeric = numericalGradient(of: prediction) { try! MeanSquaredError(input: $0, target: target).forward.loss }
        #expect(isClose(try MeanSquaredError(input: prediction, target: target).backward.result(), numeric, tolerance: 1e-6))
    }

    @Test(arguments: 0..<20)
    func crossEntropyGradientsMatchFiniteDifferences(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(7500 + seed))
        let (logits, target) = RandomLayers.classification(using: &generator)
        let fused = try SoftmaxCrossEntropy(input: logits, target: target)
        let numericLogits = numericalGradient(of: logits) { try! SoftmaxCrossEntropy(input: $0, target: target).forward.loss }
        #expect(isClose(fused.backward.result(), numericLogits, tolerance: 1e-6))
        // Probabilities away from 0, where −log p curves too sharply for a finite difference of step 1e-5.
        let probabilities = Tensor(shape: logits.shape) { _ in Double.random(in: 0.1...1, using: &generator) }
        let numeric = numericalGradient(of: probabilities) { try! CrossEntropy(input: $0, target: target).forward.loss }
        #expect(isClose(try CrossEntropy(input: probabilities, target: target).backward.result(), numeric, tolerance: 1e-6))
    }

    @Test(arguments: 0..<10)
    func fusedGradientIsTheChainOfSoftmaxAndCrossEntropy(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(7600 + seed))
        let (logits, target) = RandomLayers.classification(using: &generator)
        let softmax = try Softmax(input: logits)
        let crossEntropy = try CrossEntropy(input: softmax.probabilities, target: target)
        let chained = try softmax.backward(gradOutput: crossEntropy.backward.result()).result()
        #expect(isClose(try SoftmaxCrossEntropy(input: logits, target: target).backward.result(), chained, tolerance: 1e-12))
    }
}
