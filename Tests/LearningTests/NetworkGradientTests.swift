import CNNEngine
import Learning
import Testing

/// The whole network's gradients, from the engine's backward passes chained, against central finite differences
/// of the loss.
@Suite struct NetworkGradientTests {
    /// The loss of `network` on one image.
    static func loss(_ network: TinyNetwork, _ image: Tensor, _ label: Int) throws -> Double {
        try network.forward(image).backward(label: label).loss
    }

    /// dL/dθ for every parameter by central differences (step 1e-5), in the order of `NetworkParameters.tensors`.
    static func numericalGradients(_ network: TinyNetwork, _ image: Tensor, _ label: Int) throws -> [[Double]] {
        let step = 1e-5
        return try network.parameters.tensors.indices.map { which in
            try (0..<network.parameters.tensors[which].count).map { flat in
                func nudged(_ delta: Double) throws -> Double {
                    var tensors = network.parameters.tensors
                    tensors[which].accumulate(delta, atFlat: flat)
                    let parameters = try #require(NetworkParameters(tensors: tensors, shape: network.shape))
                    return try loss(try #require(TinyNetwork(shape: network.shape, parameters: parameters)), image, label)
                }
                return (try nudged(step) - nudged(-step)) / (2 * step)
            }
        }
    }

    static func expectClose(_ analytic: NetworkParameters, _ numerical: [[Double]], _ comment: String) {
        for (which, (tensor, values)) in zip(analytic.tensors, numerical).enumerated() {
            let worst = zip(tensor.scalars, values).map { abs($0 - $1) / max(1, abs($0), abs($1)) }.max() ?? 0
            #expect(worst < 1e-7, "tensor \(which), \(comment): worst relative error \(worst)")
        }
    }

    @Test(arguments: 0..<12)
    func smallNetworksOnRandomImages(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(100 + seed))
        let shape = NetworkShape(
            imageSize: 6 + random.below(4), filterCount: 1 + random.below(3), kernelSize: 2 + random.below(2), poolSize: 2,
            classCount: 2 + random.below(4))
        let network = TinyNetwork(shape: try shape.validated(), seed: UInt64(seed))
        var image = Tensor(zeros: [1, shape.imageSize, shape.imageSize])
        for flat in 0..<image.count { image.accumulate(random.uniform(-1, 1), atFlat: flat) }
        let label = random.below(shape.classCount)
        let analytic = try network.forward(image).backward(label: label).gradients
        Self.expectClose(analytic, try Self.numericalGradients(network, image, label), "seed \(seed), \(shape)")
    }

    @Test func theDigitNetworkOnADigit() throws {
        let set = try DigitSet(DigitSetConfiguration(trainingCount: 10, testCount: 10, seed: 21))
        let network = TinyNetwork(shape: .digits, seed: 21)
        let sample = set.training[3]
        let analytic = try network.forward(sample.image).backward(label: sample.label).gradients
        Self.expectClose(analytic, try Self.numericalGradients(network, sample.image, sample.label), "digit \(sample.label)")
    }

    @Test func theDigitNetworkHasTheParametersItsShapeStates() {
        // conv 4·1·3·3 + 4 = 40; features 4·5·5 = 100 (12 − 3 + 1 = 10, pooled to 5); dense 10·100 + 10 = 1010.
        #expect(NetworkShape.digits.featureCount == 100)
        #expect(NetworkShape.digits.parameterCount == 1050)
    }
}
