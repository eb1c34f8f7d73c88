import CNNEngine
import Testing

/// Each way a transposed convolution's arguments can be wrong is its own error, naming the numbers.
@Suite struct ConvTranspose2DShapeErrorTests {
    let input = Tensor(zeros: [2, 3, 3])
    let weight = Tensor(zeros: [2, 1, 3, 3])

    @Test func wrongRanks() {
        #expect(throws: ShapeError.rankMismatch(tensor: "input", layout: "[C][H][W]", actualShape: [3, 3])) {
            try ConvTranspose2D(input: Tensor(zeros: [3, 3]), weight: weight)
        }
        #expect(throws: ShapeError.rankMismatch(tensor: "weight", layout: "[C][F/groups][KH][KW]", actualShape: [2, 3, 3])) {
            try ConvTranspose2D(input: input, weight: Tensor(zeros: [2, 3, 3]))
        }
    }

    @Test func weightNeedsOneSlicePerInputChannel() {
        // A conv2d-style [F][C][KH][KW] weight with F = 1 ≠ C = 2 is the likely mistake.
        let error = ShapeError.transposedChannelMismatch(inputChannels: 2, weightChannels: 1)
        #expect(throws: error) { try ConvTranspose2D(input: input, weight: Tensor(zeros: [1, 2, 3, 3])) }
        #expect(error.description.hasPrefix("the weight's first dimension is 1 but the input has 2 channel(s)"))
    }

    @Test func groupsMustSplitTheInputChannels() {
        #expect(throws: ShapeError.channelsNotDivisibleByGroups(inputChannels: 2, groups: 3)) {
            try ConvTranspose2D(input: input, weight: weight, groups: 3)
        }
        #expect(throws: ShapeError.nonPositiveGroups(value: -1)) { try ConvTranspose2D(input: input, weight: weight, groups: -1) }
    }

    @Test func biasNeedsOneValuePerOutputChannel() {
        // Weight [2][1] with groups 2 gives 2·1 = 2 output channels.
        #expect(throws: ShapeError.biasMismatch(filters: 2, biasCount: 1)) {
            try ConvTranspose2D(input: input, weight: weight, bias: Tensor(zeros: [1]), groups: 2)
        }
    }

    @Test func outputPaddingMustBeBelowTheStrideOrTheDilation() {
        let error = ShapeError.outputPaddingTooLarge(axis: .columns, outputPadding: 2, stride: 2, dilation: 1)
        #expect(throws: error) {
            try ConvTranspose2D(input: input, weight: weight, stride: Pair(2), outputPadding: Pair(rows: 1, columns: 2))
        }
        #expect(error.description.hasPrefix("width output_padding is 2 but must be smaller than the stride (2) or the dilation (1)"))
        // 2 is not below stride 2, but it is below dilation 3, which PyTorch allows.
        #expect(throws: Never.self) {
            try ConvTranspose2D(input: input, weight: weight, stride: Pair(2), outputPadding: Pair(2), dilation: Pair(3))
        }
    }

    @Test func outputPaddingCannotBeNegative() {
        #expect(throws: ShapeError.negativeOutputPadding(axis: .rows, value: -1)) {
            try ConvTranspose2D(input: input, weight: weight, outputPadding: Pair(rows: -1, columns: 0))
        }
    }

    @Test func paddingThatLeavesNoOutputNamesTheFormula() {
        // (3−1)·1 − 2·3 + 1·(3−1) + 0 + 1 = 2 − 6 + 2 + 1 = −1.
        let error = ShapeError.nonPositiveTransposedOutput(
            axis: .rows, inputSize: 3, stride: 1, padding: 3, dilation: 1, kernelSize: 3, outputPadding: 0)
        #expect(throws: error) { try ConvTranspose2D(input: input, weight: weight, padding: Pair(rows: 3, columns: 0)) }
        #expect(error.description.hasPrefix("the output height would be (3−1)·1 − 2·3 + 1·(3−1) + 0 + 1 = -1"))
        // Padding 2 leaves (3−1) − 4 + 2 + 1 = 1 cell, which is allowed.
        #expect(throws: Never.self) { try ConvTranspose2D(input: input, weight: weight, padding: Pair(2)) }
    }

    @Test func strideDilationAndPaddingKeepTheirErrors() {
        #expect(throws: ShapeError.nonPositiveStride(axis: .rows, value: 0)) {
            try ConvTranspose2D(input: input, weight: weight, stride: Pair(rows: 0, columns: 1))
        }
        #expect(throws: ShapeError.nonPositiveDilation(axis: .columns, value: 0)) {
            try ConvTranspose2D(input: input, weight: weight, dilation: Pair(rows: 1, columns: 0))
        }
        #expect(throws: ShapeError.negativePadding(axis: .columns, value: -1)) {
            try ConvTranspose2D(input: input, weight: weight, padding: Pair(rows: 0, columns: -1))
        }
    }
}
