import CNNEngine
import Testing

/// Transposed convolutions small enough to work out by hand, in both of their views.
@Suite struct ConvTranspose2DExampleTests {
    static let twoByTwo = try! Tensor(channels: [[[1, 2], [3, 4]]])
    static let oneToNine = try! Tensor(filters: [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]])

    @Test func twoByTwoStampsAThreeByThreeKernelTwoApart() throws {
        let layer = try ConvTranspose2D(input: Self.twoByTwo, weight: Self.oneToNine, stride: Pair(2))
        // (2−1)·2 − 2·0 + 1·(3−1) + 0 + 1 = 5 along each axis.
        #expect(layer.outputShape == [1, 5, 5])
        // X[0][0] = 1 stamps 1·W on rows 0–2, columns 0–2; X[0][1] = 2 stamps 2·W on rows 0–2, columns 2–4;
        // X[1][0] = 3 stamps 3·W on rows 2–4, columns 0–2; X[1][1] = 4 stamps 4·W on rows 2–4, columns 2–4.
        // Row 0: 1, 2, 3 + 2·1 = 5, 2·2 = 4, 2·3 = 6.
        // Row 1: 4, 5, 6 + 2·4 = 14, 2·5 = 10, 2·6 = 12.
        // Row 2: 7 + 3·1 = 10, 8 + 3·2 = 14, 9 + 2·7 + 3·3 + 4·1 = 36, 2·8 + 4·2 = 24, 2·9 + 4·3 = 30.
        // Row 3: 3·4 = 12, 3·5 = 15, 3·6 + 4·4 = 34, 4·5 = 20, 4·6 = 24.
        // Row 4: 3·7 = 21, 3·8 = 24, 3·9 + 4·7 = 55, 4·8 = 32, 4·9 = 36.
        let expected = try Tensor(channels: [
            [
                [1, 2, 5, 4, 6], [4, 5, 14, 10, 12], [10, 14, 36, 24, 30], [12, 15, 34, 20, 24], [21, 24, 55, 32, 36],
            ]
        ])
        #expect(layer.result() == expected)
        #expect(layer.stamps.resultCellByCell() == expected)
        #expect(layer.convolutionView.resultCellByCell() == expected)
    }

    @Test func theCentreCellListsTheFourOverlappingStamps() throws {
        let layer = try ConvTranspose2D(input: Self.twoByTwo, weight: Self.oneToNine, stride: Pair(2))
        let step = try #require(layer.stamps.step(for: [0, 2, 2]))
        // Output (2, 2) = i·2 + u = 2 and j·2 + v = 2: (i, u) ∈ {(0, 2), (1, 0)}, the same for (j, v).
        // Input cells in row-major order: X00·W22 + X01·W20 + X10·W02 + X11·W00 = 1·9 + 2·7 + 3·3 + 4·1 = 36.
        #expect(step.terms.map(\.left.source) == [[0, 0, 0], [0, 0, 1], [0, 1, 0], [0, 1, 1]])
        #expect(step.terms.map { $0.right?.source } == [[0, 0, 2, 2], [0, 0, 2, 0], [0, 0, 0, 2], [0, 0, 0, 0]])
        #expect(step.terms.allSatisfy { $0.left.tensor == .input && $0.right?.tensor == .filters })
        #expect(step.total == 36)
        #expect(step.bias == nil)
    }

    @Test func stampCountsMakeACheckerboard() throws {
        let layer = try ConvTranspose2D(input: Self.twoByTwo, weight: Self.oneToNine, stride: Pair(2))
        // Along one axis, output y is covered by tap u of input i when 2i + u = y, i ∈ {0, 1}, u ∈ {0, 1, 2}:
        // y = 0: (0, 0); y = 1: (0, 1); y = 2: (0, 2), (1, 0); y = 3: (1, 1); y = 4: (1, 2) → 1, 1, 2, 1, 1.
        #expect((0..<5).map { layer.window.rows.stampCount(at: $0) } == [1, 1, 2, 1, 1])
        // A cell's count is the product of its row's and its column's.
        let counts = try Tensor(channels: [
            [
                [1, 1, 2, 1, 1], [1, 1, 2, 1, 1], [2, 2, 4, 2, 2], [1, 1, 2, 1, 1], [1, 1, 2, 1, 1],
            ]
        ])
        #expect(layer.stampCounts == counts)
        #expect(layer.stamps.termCount(ofStep: 12) == 4)
    }

    @Test func paddingOneCropsTheEdgesToAlternatingCounts() throws {
        // Input 4 wide, kernel 3, stride 2, padding 1: (4−1)·2 − 2 + 2 + 0 + 1 = 7 columns. Uncropped, position p is
        // covered by 2i + v = p: counts 1, 1, 2, 1, 2, 1, 2, 1, 1 for p = 0…8; padding 1 drops p = 0 and p = 8.
        let layer = try ConvTranspose2D(
            input: Tensor(zeros: [1, 1, 4]), weight: Tensor(zeros: [1, 1, 1, 3]), stride: Pair(rows: 1, columns: 2),
            padding: Pair(rows: 0, columns: 1))
        #expect(layer.outputShape == [1, 1, 7])
        #expect(layer.stampCounts.scalars == [1, 2, 1, 2, 1, 2, 1])
    }

    @Test func outputPaddingAddsTheLastColumnThePaddingCutOff() throws {
        // X = [1, 2, 3], W = [1, 10, 100], stride 2, padding 1, output_padding 1:
        // width (3−1)·2 − 2·1 + 1·(3−1) + 1 + 1 = 6. Uncropped stamps at 2i + v: 1·W on 0–2, 2·W on 2–4, 3·W on 4–6:
        // 1, 10, 100 + 2, 20, 200 + 3, 30, 300; padding 1 removes position 0 and output_padding keeps position 6.
        let layer = try ConvTranspose2D(
            input: Tensor(channels: [[[1, 2, 3]]]), weight: Tensor(filters: [[[[1, 10, 100]]]]),
            stride: Pair(rows: 1, columns: 2), padding: Pair(rows: 0, columns: 1), outputPadding: Pair(rows: 0, columns: 1))
        #expect(layer.result().scalars == [10, 102, 20, 203, 30, 300])
        #expect(layer.stampCounts.scalars == [1, 2, 1, 2, 1, 1])
    }

    @Test func theEquivalentConvolutionReadsZerosAndTheRotatedKernel() throws {
        let layer = try ConvTranspose2D(
            input: Tensor(channels: [[[1, 2, 3]]]), weight: Tensor(filters: [[[[1, 10, 100]]]]),
            stride: Pair(rows: 1, columns: 2), padding: Pair(rows: 0, columns: 1), outputPadding: Pair(rows: 0, columns: 1))
        // Zeros inserted: 1, 0, 2, 0, 3; padded by d·(k−1) − p = 2 − 1 = 1 before and 1 + output_padding 1 = 2 after:
        // 0 | 1 0 2 0 3 | 0 0, 8 = 6 + 2 wide.
        let grid = layer.inputGrid
        #expect(grid.size == Pair(rows: 1, columns: 8))
        #expect(grid.offset == Pair(rows: 0, columns: 1))
        #expect((0..<8).map { grid.cell(plane: 0, row: 0, column: $0).value } == [0, 1, 0, 2, 0, 3, 0, 0])
        #expect(
            (0..<8).map { grid.cell(plane: 0, row: 0, column: $0).origin } == [
                .padding, .element, .insertedZero, .element, .insertedZero, .element, .padding, .padding,
            ])
        // Output 0 = [0, 1, 0] · rot180(W) = [0, 1, 0] · [100, 10, 1] = 10.
        let step = try #require(layer.convolutionView.step(at: 0))
        #expect(step.terms.map(\.left.origin) == [.padding, .element, .insertedZero])
        #expect(step.terms.map(\.left.tensor) == [.zeroInsertedInput, .zeroInsertedInput, .zeroInsertedInput])
        #expect(step.terms[1].left.source == [0, 0, 0])
        #expect(step.terms.map { $0.right?.value } == [100, 10, 1])
        #expect(step.terms.map { $0.right?.source } == [[0, 0, 0, 2], [0, 0, 0, 1], [0, 0, 0, 0]])
        #expect(step.terms.allSatisfy { $0.right?.tensor == .rotatedFilters })
        #expect(step.total == 10)
        // Output 5 = [3, 0, 0] · [100, 10, 1] = 300.
        #expect(layer.convolutionView.step(at: 5)?.total == 300)
    }

    @Test func groupsKeepChannelsApartAndDilationSpreadsTheTaps() throws {
        // Two groups of one channel: channel 0 = [1, 2] with kernel [1, −1], channel 1 = [3, 4] with [10, 20];
        // dilation 2: width (2−1)·1 − 0 + 2·(2−1) + 0 + 1 = 4, taps land at i + 2v.
        // Channel 0: 1 at 0, −1 at 2; 2 at 1, −2 at 3 → 1, 2, −1, −2, plus bias 0.5.
        // Channel 1: 30 at 0, 60 at 2; 40 at 1, 80 at 3 → 30, 40, 60, 80, plus bias −1.
        let layer = try ConvTranspose2D(
            input: Tensor(channels: [[[1, 2]], [[3, 4]]]), weight: Tensor(filters: [[[[1, -1]]], [[[10, 20]]]]),
            bias: Tensor(vector: [0.5, -1]), dilation: Pair(rows: 1, columns: 2), groups: 2)
        #expect(layer.outputShape == [2, 1, 4])
        #expect(layer.result().scalars == [1.5, 2.5, -0.5, -1.5, 29, 39, 59, 79])
        let step = try #require(layer.stamps.step(for: [1, 0, 2]))
        // Output channel 1, column 2: only input channel 1, tap 1 of cell 0: 3·20 + (−1) = 59.
        #expect(step.terms.map(\.left.source) == [[1, 0, 0]])
        #expect(step.terms.map { $0.right?.source } == [[1, 0, 0, 1]])
        #expect(step.bias?.value == -1)
        #expect(step.total == 59)
    }

    @Test func outputPaddingBelowTheDilationAddsACellNoStampReaches() throws {
        // Stride 1, dilation 2, output_padding 1 (allowed: 1 < dilation): width (2−1)·1 + 2·(2−1) + 1 + 1 = 5;
        // X = [1, 2], W = [1, 10] stamps at i + 2v: 1 at 0, 10 at 2; 2 at 1, 20 at 3; column 4 is the bias alone.
        let layer = try ConvTranspose2D(
            input: Tensor(channels: [[[1, 2]]]), weight: Tensor(filters: [[[[1, 10]]]]), bias: Tensor(vector: [7]),
            outputPadding: Pair(rows: 0, columns: 1), dilation: Pair(rows: 1, columns: 2))
        #expect(layer.result().scalars == [8, 9, 17, 27, 7])
        #expect(layer.stampCounts.scalars == [1, 1, 1, 1, 0])
        #expect(layer.stamps.step(at: 4)?.terms.isEmpty == true)
    }
}
