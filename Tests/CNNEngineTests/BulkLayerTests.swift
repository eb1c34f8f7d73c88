import CNNEngine
import Testing

/// The bulk `result()` of ReLU, flattening, the dense layer and pooling, forward and backward, is exactly (bit for
/// bit) what `value(at:)` gives cell by cell: the fast paths add the same terms in the same order.
@Suite struct BulkLayerTests {
    @Test(arguments: 0..<20)
    func denseAndFlattenAndReLU(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(9100 + seed))
        let image = Tensor.random(RandomLayers.imageShape(using: &generator), using: &generator)
        let flatten = try Flatten(input: image)
        let dense = RandomLayers.dense(using: &generator)
        let denseBackward = try dense.backward(gradOutput: Tensor.random(dense.outputShape, using: &generator))
        let relu = ReLU(input: image)
        let operations: [any TracedOperation] = [
            relu.forward, flatten.forward, try flatten.backward(gradOutput: Tensor.random([image.count], using: &generator)),
            dense.forward, denseBackward.inputGradient, denseBackward.weightGradient,
        ]
        for operation in operations {
            #expect(operation.result() == operation.resultCellByCell(), "\(type(of: operation)), seed \(seed)")
        }
    }

    @Test(arguments: [PoolKind.max, .average], 0..<30)
    func pooling(kind: PoolKind, seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(9200 + seed))
        let layer = RandomLayers.pooling(kind, using: &generator)
        let backward = try layer.backward(gradOutput: Tensor.random(layer.outputShape, using: &generator))
        #expect(layer.forward.result() == layer.forward.resultCellByCell())
        #expect(isClose(backward.result(), backward.resultCellByCell(), tolerance: 1e-12))
    }
}
