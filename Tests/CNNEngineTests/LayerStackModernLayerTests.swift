import CNNEngine
import Testing

/// The layers modern networks add to the table: grouped and dilated convolutions, transposed convolutions, pooling
/// options and activations. Every number was counted by hand and checked against PyTorch
/// (`sum(p.numel() for p in layer.parameters())`, output shapes, and `FlopCounterMode` flops / 2).
@Suite struct LayerStackModernLayerTests {
    /// The built-in lesson `modern-blocks`: a standard 3×3 convolution beside a depthwise-separable block, then
    /// pooling and a transposed convolution back up.
    static let modernBlocks = LayerStack(
        input: [32, 32, 16],
        layers: [
            ("CONV1", .convolution(filters: 32, kernel: Pair(3), stride: Pair(1), padding: .explicit(Padding(1)), dilation: Pair(1))),
            ("ReLU", .activation(.relu)),
            ("STANDARD", .convolution(filters: 32, kernel: Pair(3), stride: Pair(1), padding: .explicit(Padding(1)), dilation: Pair(1))),
            (
                "DEPTHWISE",
                .convolution(filters: 32, kernel: Pair(3), stride: Pair(1), padding: .explicit(Padding(1)), dilation: Pair(1), groups: 32)
            ),
            ("POINTWISE", .convolution(filters: 32, kernel: Pair(1), stride: Pair(1), padding: .valid, dilation: Pair(1))),
            ("POOL", .pooling(kind: .max, size: Pair(2), stride: Pair(2), padding: .valid)),
            (
                "UP",
                .transposedConvolution(
                    filters: 16, kernel: Pair(3), stride: Pair(2), padding: Pair(1), outputPadding: Pair(1), dilation: Pair(1))
            ),
            ("Sigmoid", .activation(.sigmoid)),
        ])

    @Test("shapes: activations keep theirs, the transposed layer gives (16 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 32")
    func shapes() throws {
        let rows = try Self.modernBlocks.rows()
        #expect(
            rows.map(\.shape) == [
                [32, 32, 16], [32, 32, 32], [32, 32, 32], [32, 32, 32], [32, 32, 32], [32, 32, 32], [16, 16, 32], [32, 32, 16],
                [32, 32, 16],
            ])
        #expect(rows[7].shapeFormula == "(16 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 32")
        #expect(rows[2].shapeFormula == "unchanged, 32 × 32 × 32")
    }

    @Test("parameters: (k·k·C/groups)·F + F, the depthwise-separable pair 320 + 1,056 against 9,248")
    func parameters() throws {
        let rows = try Self.modernBlocks.rows()
        // 3·3·16·32 + 32; 0; 3·3·32·32 + 32; 3·3·(32/32)·32 + 32; 1·1·32·32 + 32; 0; 3·3·32·16 + 16 (weight [32][16][3][3]); 0.
        #expect(rows.map(\.parameters) == [0, 4_640, 0, 9_248, 320, 1_056, 0, 4_624, 0])
        #expect(rows[4].parameterFormula == "(3·3·32/32 = 9) × 32 + 32 = 320")
        #expect(rows[3].parameterFormula == "288 × 32 + 32 = 9,248")
        #expect(rows[7].parameterFormula == "288 × 16 + 16 = 4,624")
        #expect(rows[2].parameterFormula == "0")
        #expect(try Self.modernBlocks.totalParameters() == 19_888)
    }

    @Test("multiply-adds: output cells × F × weights for a convolution, input cells × F × weights for a transposed one")
    func multiplyAdds() throws {
        let rows = try Self.modernBlocks.rows()
        // 32·32·32·144; 32·32·32·288; 32·32·32·9; 32·32·32·32; the transposed layer: 16·16 input cells × 16 × 288.
        #expect(rows.map(\.multiplyAdds) == [0, 4_718_592, 0, 9_437_184, 294_912, 1_048_576, 0, 1_179_648, 0])
        #expect(rows[4].multiplyAddFormula == "32 × 32 × 32 × 9 = 294,912")
        #expect(rows[7].multiplyAddFormula == "16 × 16 input cells × 16 × 288 = 1,179,648")
        #expect(rows[2].multiplyAddFormula == "0 (relu once on each of the 32,768 values)")
        #expect(try Self.modernBlocks.totalMultiplyAdds() == 16_678_912)
    }

    @Test("receptive field: 3, 3, 5, 7, 7, 8, then at most 10 after the transposed layer (PyTorch's gradients agree)")
    func receptiveFields() throws {
        let rows = try Self.modernBlocks.rows()
        #expect(rows.map { $0.receptiveField?.rows } == [1, 3, 3, 5, 7, 7, 8, 10, 10])
        #expect(rows.map(\.receptiveFieldIsUpperBound) == [false, false, false, false, false, false, false, true, true])
    }

    @Test(
        "after upsampling the field counts fractions of a pixel and rounds up",
        arguments: [
            // k 2, s 2: one stamp per output (m = 1), jump ½; a 3×3 conv then sees 1 + 2·½ = 2 pixels (PyTorch: 2).
            (
                [
                    LayerSpec.transposedConvolution(
                        filters: 1, kernel: Pair(2), stride: Pair(2), padding: Pair(0), outputPadding: Pair(0), dilation: Pair(1)),
                    .convolution(filters: 1, kernel: Pair(3), stride: Pair(1), padding: .valid, dilation: Pair(1)),
                ], 2
            ),
            // k 3, s 2, d 2: m = ⌊2·2 / 2⌋ + 1 = 3 stamps reach an output; then 3 + 2·½ = 4 (PyTorch: 4).
            (
                [
                    .transposedConvolution(
                        filters: 1, kernel: Pair(3), stride: Pair(2), padding: Pair(0), outputPadding: Pair(0), dilation: Pair(2)),
                    .convolution(filters: 1, kernel: Pair(3), stride: Pair(1), padding: .valid, dilation: Pair(1)),
                ], 4
            ),
            // Dilated 3×3: 5; 3×3 stride 2: 7, jump 2; transposed k 3 s 2: m = 2, 7 + 2 = 9 (PyTorch: 9).
            (
                [
                    .convolution(filters: 1, kernel: Pair(3), stride: Pair(1), padding: .valid, dilation: Pair(2)),
                    .convolution(filters: 1, kernel: Pair(3), stride: Pair(2), padding: .valid, dilation: Pair(1)),
                    .transposedConvolution(
                        filters: 1, kernel: Pair(3), stride: Pair(2), padding: Pair(0), outputPadding: Pair(0), dilation: Pair(1)),
                ], 9
            ),
        ] as [([LayerSpec], Int)])
    func upsampledFields(_ layers: [LayerSpec], _ field: Int) throws {
        let stack = LayerStack(input: [16, 16, 1], layers: layers.enumerated().map { ("L\($0.offset)", $0.element) })
        #expect(try stack.rows().last?.receptiveField == Pair(field))
    }

    @Test("groups must divide the channels coming in and the filters; the error names the layer")
    func groupsMustDivide() {
        let channels = LayerStack(
            input: [8, 8, 4],
            layers: [("DW", .convolution(filters: 6, kernel: Pair(3), stride: Pair(1), padding: .valid, dilation: Pair(1), groups: 3))])
        #expect(throws: LayerStackError(layer: "DW", reason: .channelsNotDivisibleByGroups(inputChannels: 4, groups: 3))) {
            try channels.rows()
        }
        let filters = LayerStack(
            input: [8, 8, 4],
            layers: [
                (
                    "UP",
                    .transposedConvolution(
                        filters: 3, kernel: Pair(2), stride: Pair(2), padding: Pair(0), outputPadding: Pair(0), dilation: Pair(1), groups: 2
                    )
                )
            ])
        #expect(throws: LayerStackError(layer: "UP", reason: .filtersNotDivisibleByGroups(filters: 3, groups: 2))) {
            try filters.rows()
        }
    }

    @Test("pooling options: ceil_mode rounds 7 → ⌈(7 − 2) / 2⌉ + 1 = 4, dilation widens the window and the field")
    func poolingOptions() throws {
        let stack = LayerStack(
            input: [7, 7, 2],
            layers: [
                ("CEIL", .pooling(kind: .average, size: Pair(2), stride: Pair(2), padding: .valid, ceilMode: true, countIncludePad: false)),
                ("DILATED", .pooling(kind: .max, size: Pair(2), stride: Pair(1), padding: .valid, dilation: Pair(2))),
            ])
        let rows = try stack.rows()
        // PyTorch: AvgPool2d(2, ceil_mode=True) on 7×7 gives 4×4; MaxPool2d(2, stride=1, dilation=2) on 4×4 gives 2×2.
        #expect(rows.map(\.shape) == [[7, 7, 2], [4, 4, 2], [2, 2, 2]])
        #expect(rows[1].shapeFormula == "⌈(7 + 0 + 0 − 2) / 2⌉ + 1 = 4")
        // Field: 2 after the 2×2 window (jump 2), then 2 + (2 − 1)·2·2 = 6.
        #expect(rows.map { $0.receptiveField?.rows } == [1, 2, 6])
        let tooMuchPadding = LayerStack(
            input: [3, 3, 1], layers: [("P", .pooling(kind: .max, size: Pair(2), stride: Pair(2), padding: .explicit(Padding(2))))])
        #expect(throws: LayerStackError.self) { try tooMuchPadding.rows() }
    }
}
