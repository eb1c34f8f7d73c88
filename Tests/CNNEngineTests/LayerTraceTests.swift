import CNNEngine
import Testing

/// Every step of the layers after convolution, recombined by its rule, gives the bulk result's cell.
@Suite struct LayerTraceTests {
    static func operations(seed: Int) throws -> [any TracedOperation] {
        var generator = SeededGenerator(seed: UInt64(8000 + seed))
        let image = Tensor.random(RandomLayers.imageShape(using: &generator), using: &generator)
        let flatten = try Flatten(input: image)
        let dense = RandomLayers.dense(using: &generator)
        let denseBackward = try dense.backward(gradOutput: Tensor.random(dense.outputShape, using: &generator))
        let sigmoid = Sigmoid(input: Tensor.random(image.shape, using: &generator))
        let (logits, target) = RandomLayers.classification(using: &generator)
        let softmax = try Softmax(input: logits)
        let crossEntropy = try CrossEntropy(input: softmax.probabilities, target: target)
        let fused = try SoftmaxCrossEntropy(input: logits, target: target)
        let squared = try MeanSquaredError(input: image, target: Tensor.random(image.shape, using: &generator))
        return [
            flatten.forward, try flatten.backward(gradOutput: Tensor.random([image.count], using: &generator)),
            dense.forward, denseBackward.inputGradient, denseBackward.weightGradient, denseBackward.biasGradient,
            sigmoid.forward, try sigmoid.backward(gradOutput: Tensor.random(image.shape, using: &generator)),
            softmax.forward, try softmax.backward(gradOutput: Tensor.random(logits.shape, using: &generator)),
            squared.forward, squared.backward, crossEntropy.forward, crossEntropy.backward, fused.forward, fused.backward,
        ]
    }

    @Test(arguments: 0..<20)
    func stepsExplainEveryCell(seed: Int) throws {
        for operation in try Self.operations(seed: seed) {
            let explained = tracesMatchResult(operation)
            #expect(explained, "\(type(of: operation))")
            #expect(isClose(operation.result(), operation.resultCellByCell()), "\(type(of: operation))")
        }
    }

    @Test(arguments: 0..<5)
    func termCountsMatchTheSteps(seed: Int) throws {
        for operation in try Self.operations(seed: seed) {
            for number in 0..<operation.stepCount {
                #expect(operation.termCount(ofStep: number) == operation.step(at: number)?.terms.count)
            }
            #expect(operation.termCount(ofStep: operation.stepCount) == 0)
        }
    }
}
