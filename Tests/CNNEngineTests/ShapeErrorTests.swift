import CNNEngine
import Testing

/// Each kind of wrong shape is its own error, with a message naming the dimension.
@Suite struct ShapeErrorTests {
    let image = Tensor(zeros: [3, 6, 6])
    let filters = Tensor(zeros: [2, 3, 3, 3])

    @Test func raggedMatrix() {
        #expect(throws: ShapeError.ragged(shape: [2, 2])) { try Tensor(matrix: [[1, 2], [3]]) }
    }

    @Test func scalarCountMismatch() {
        #expect(throws: ShapeError.scalarCountMismatch(shape: [2, 2], expected: 4, actual: 3)) {
            try Tensor(shape: [2, 2], scalars: [1, 2, 3])
        }
    }

    @Test func emptyDimension() {
        #expect(throws: ShapeError.emptyDimension(shape: [0, 2])) { try Tensor(shape: [0, 2], scalars: []) }
    }

    @Test func wrongRankInput() {
        #expect(throws: ShapeError.rankMismatch(tensor: "input", layout: "[C][H][W]", actualShape: [6, 6])) {
            try Conv2D(input: Tensor(zeros: [6, 6]), filters: filters)
        }
    }

    @Test func wrongRankFilters() {
        #expect(throws: ShapeError.rankMismatch(tensor: "filters", layout: "[F][C][KH][KW]", actualShape: [3, 3, 3])) {
            try Conv2D(input: image, filters: Tensor(zeros: [3, 3, 3]))
        }
    }

    @Test func groupsThatDoNotDivideNameTheCounts() {
        let channels = ShapeError.channelsNotDivisibleByGroups(inputChannels: 3, groups: 2)
        #expect(throws: channels) { try Conv2D(input: image, filters: Tensor(zeros: [2, 1, 3, 3]), groups: 2) }
        #expect(channels.description.contains("3 channel(s), which do not split into 2 groups"))
        let four = Tensor(zeros: [4, 6, 6])
        let filterCount = ShapeError.filtersNotDivisibleByGroups(filters: 3, groups: 2)
        #expect(throws: filterCount) { try Conv2D(input: four, filters: Tensor(zeros: [3, 2, 3, 3]), groups: 2) }
        #expect(filterCount.description.contains("3 filter(s), which do not split into 2 groups"))
        let slices = ShapeError.groupChannelMismatch(inputChannels: 4, groups: 2, filterChannels: 4)
        #expect(throws: slices) { try Conv2D(input: four, filters: Tensor(zeros: [2, 4, 3, 3]), groups: 2) }
        #expect(slices.description.contains("filters have 4 channel(s) but with 2 groups each filter sees 4 / 2 = 2"))
        #expect(throws: ShapeError.nonPositiveGroups(value: 0)) {
            try Conv2D(input: four, filters: Tensor(zeros: [2, 4, 3, 3]), groups: 0)
        }
    }

    @Test func channelMismatchNamesBothCounts() {
        let error = ShapeError.channelMismatch(inputChannels: 3, filterChannels: 1)
        #expect(throws: error) { try Conv2D(input: image, filters: Tensor(zeros: [2, 1, 3, 3])) }
        #expect(error.description.contains("filters have 1 channel(s) but the input has 3"))
    }

    @Test func biasMismatch() {
        #expect(throws: ShapeError.biasMismatch(filters: 2, biasCount: 3)) {
            try Conv2D(input: image, filters: filters, bias: Tensor(zeros: [3]))
        }
    }

    @Test func nonPositiveStrideNamesTheAxis() {
        let error = ShapeError.nonPositiveStride(axis: .columns, value: 0)
        #expect(throws: error) { try Conv2D(input: image, filters: filters, stride: Pair(rows: 1, columns: 0)) }
        #expect(error.description == "width stride is 0: a stride must be at least 1")
    }

    @Test func nonPositiveDilation() {
        #expect(throws: ShapeError.nonPositiveDilation(axis: .rows, value: -1)) {
            try Conv2D(input: image, filters: filters, dilation: Pair(rows: -1, columns: 1))
        }
    }

    @Test func negativePadding() {
        #expect(throws: ShapeError.negativePadding(axis: .rows, value: -1)) {
            try Conv2D(input: image, filters: filters, padding: .explicit(Padding(top: -1, bottom: 0, left: 0, right: 0)))
        }
    }

    @Test func kernelLargerThanPaddedInput() {
        let error = ShapeError.kernelLargerThanInput(axis: .rows, kernelSpan: 7, paddedInput: 6)
        #expect(throws: error) { try Conv2D(input: image, filters: Tensor(zeros: [1, 3, 7, 3])) }
        #expect(error.description.contains("spans 7 cells in height but the padded input has only 6"))
    }

    @Test func dilatedKernelLargerThanInput() {
        // A 3-tap kernel with dilation 3 spans 3·2 + 1 = 7 cells.
        #expect(throws: ShapeError.kernelLargerThanInput(axis: .columns, kernelSpan: 7, paddedInput: 6)) {
            try Conv2D(input: image, filters: filters, dilation: Pair(rows: 1, columns: 3))
        }
    }

    @Test func poolWindowOfZero() {
        #expect(throws: ShapeError.nonPositiveWindow(axis: .rows, value: 0)) {
            try Pool2D(kind: .max, input: image, size: Pair(rows: 0, columns: 2))
        }
    }

    @Test func poolPaddingThatLeavesAWindowOnlyPadding() {
        // 6 rows padded by 2 on each side, window 2, stride 2: window 1 reads padded rows 0 and 1, both padding.
        let error = ShapeError.poolPaddingTooLarge(axis: .rows, padBefore: 2, padAfter: 2, window: 0, windows: 5)
        #expect(throws: error) {
            try Pool2D(kind: .max, input: image, size: Pair(2), padding: .explicit(Padding(2)))
        }
        #expect(error.description.contains("leaves window 1 of 5 reading only padding"))
    }

    @Test func gradientOfTheWrongShape() throws {
        let layer = try Conv2D(input: image, filters: filters)
        #expect(throws: ShapeError.gradientShapeMismatch(gradient: "dL/dO", expected: [2, 4, 4], actual: [2, 3, 3])) {
            try layer.backward(gradOutput: Tensor(zeros: [2, 3, 3]))
        }
        #expect(throws: ShapeError.gradientShapeMismatch(gradient: "dL/dO", expected: [3, 6, 6], actual: [3, 6, 5])) {
            try ReLU(input: image).backward(gradOutput: Tensor(zeros: [3, 6, 5]))
        }
    }
}
