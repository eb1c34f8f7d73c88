import CNNEngine
import Testing

/// The lecture's toy ConvNet table, recomputed.
@Suite struct LayerStackTests {
    static let toyConvNet = LayerStack(
        input: [32, 32, 3],
        layers: [
            ("CONV1 (f=5, s=1)", .convolution(filters: 8, kernel: Pair(5), stride: Pair(1), padding: .valid, dilation: Pair(1))),
            ("POOL1", .pooling(kind: .max, size: Pair(2), stride: Pair(2), padding: .valid)),
            ("CONV2 (f=5, s=1)", .convolution(filters: 16, kernel: Pair(5), stride: Pair(1), padding: .valid, dilation: Pair(1))),
            ("POOL2", .pooling(kind: .max, size: Pair(2), stride: Pair(2), padding: .valid)),
            ("FC3", .fullyConnected(units: 120)),
            ("FC4", .fullyConnected(units: 84)),
            ("Softmax", .softmax(classes: 26)),
        ])

    @Test("multiply-adds per layer and in total, counted by hand")
    func toyConvNetMultiplyAdds() throws {
        let rows = try Self.toyConvNet.rows()
        // CONV1: 28·28 outputs × 8 filters × (5·5·3 = 75) = 470,400; CONV2: 10·10 × 16 × (5·5·8 = 200) = 320,000;
        // FC3 400·120 = 48,000; FC4 120·84 = 10,080; the softmax layer's dense part 84·26 = 2,184. Pooling: none.
        #expect(rows.map(\.multiplyAdds) == [0, 470_400, 0, 320_000, 0, 48_000, 10_080, 2_184])
        #expect(try Self.toyConvNet.totalMultiplyAdds() == 850_664)
        #expect(rows[1].multiplyAddFormula == "28 × 28 × 8 × 75 = 470,400")
        #expect(rows[1].shapeFormula == "⌊(32 + 0 + 0 − 5) / 1⌋ + 1 = 28")
    }

    @Test("receptive fields: r ← r + (k − 1)·d·j, j ← j·s, the whole input after flattening")
    func toyConvNetReceptiveFields() throws {
        let fields = try Self.toyConvNet.rows().map(\.receptiveField)
        // 1; conv 5: 1 + 4 = 5; pool 2 (j 1 → 2): 5 + 1 = 6; conv 5: 6 + 4·2 = 14; pool 2 (j 2 → 4): 14 + 1·2 = 16.
        #expect(fields.prefix(5).map { $0?.rows } == [1, 5, 6, 14, 16])
        #expect(fields.suffix(3).allSatisfy { $0 == nil })
        let dilated = LayerStack(
            input: [9, 9, 1],
            layers: [
                ("C", .convolution(filters: 1, kernel: Pair(3), stride: Pair(1), padding: .valid, dilation: Pair(2)))
            ])
        // One 3-tap kernel with dilation 2 spans 1 + 2·2 = 5 pixels.
        #expect(try dilated.rows()[1].receptiveField == Pair(5))
    }

    @Test func toyConvNetShapesSizesAndParameters() throws {
        let rows = try Self.toyConvNet.rows()
        #expect(rows.map(\.shape) == [[32, 32, 3], [28, 28, 8], [14, 14, 8], [10, 10, 16], [5, 5, 16], [120], [84], [26]])
        // 32·32·3, 28·28·8, 14·14·8, 10·10·16, 5·5·16, then the vector lengths.
        #expect(rows.map(\.activationSize) == [3072, 6272, 1568, 1600, 400, 120, 84, 26])
        // (5·5·3)·8 + 8, (5·5·8)·16 + 16, 400·120 + 120, 120·84 + 84, 84·26 + 26.
        #expect(rows.map(\.parameters) == [0, 608, 0, 3216, 0, 48120, 10164, 2210])
        #expect(rows[1].parameterFormula == "75 × 8 + 8 = 608")
        #expect(rows[5].parameterFormula == "400 × 120 + 120 = 48,120")
        #expect(try Self.toyConvNet.totalParameters() == 64318)
    }

    @Test func aLayerThatCannotFollowNamesItself() {
        let stack = LayerStack(
            input: [4, 4, 1],
            layers: [
                ("CONV1", .convolution(filters: 1, kernel: Pair(5), stride: Pair(1), padding: .valid, dilation: Pair(1)))
            ])
        #expect(throws: LayerStackError(layer: "CONV1", reason: .kernelLargerThanInput(axis: .rows, kernelSpan: 5, paddedInput: 4))) {
            try stack.rows()
        }
    }

    @Test func groupsThousands() {
        #expect(LayerStack.grouped(48120) == "48,120")
        #expect(LayerStack.grouped(608) == "608")
        #expect(LayerStack.grouped(1_000_000) == "1,000,000")
    }
}
