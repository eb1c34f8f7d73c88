import CNNEngine
import Testing

/// PyTorch's pooling options (`ceil_mode`, `count_include_pad`, `dilation`, wide padding) worked by hand.
@Suite struct PoolOptionsTests {
    /// 1…25 in a 5×5 grid: row r holds 5r+1 … 5r+5.
    static let oneToTwentyFive = Tensor(shape: [1, 5, 5]) { Double($0[1] * 5 + $0[2] + 1) }

    @Test func ceilModeAddsAPartialLastWindow() throws {
        let maxPool = try Pool2D(kind: .max, input: Self.oneToTwentyFive, size: Pair(2), ceilMode: true)
        // ⌈(5 − 2) / 2⌉ + 1 = 3 windows per axis; the last one holds row or column 4 only.
        #expect(maxPool.outputShape == [1, 3, 3])
        // Last column: max(5, 10) = 10, max(15, 20) = 20; corner: 25 alone.
        #expect(maxPool.forward.result() == (try Tensor(channels: [[[7, 9, 10], [17, 19, 20], [22, 24, 25]]])))
        let average = try Pool2D(kind: .average, input: Self.oneToTwentyFive, size: Pair(2), ceilMode: true)
        // (1+2+6+7)/4 = 4, (5+10)/2 = 7.5 (the overhang does not count), (21+22)/2 = 21.5, 25/1 = 25.
        let expected = try Tensor(channels: [[[4, 6, 7.5], [14, 16, 17.5], [21.5, 23.5, 25]]])
        #expect(average.forward.result() == expected)
        let corner = try #require(average.forward.step(for: [0, 2, 2]))
        #expect(corner.rule == .mean(divisor: 1))
        #expect(corner.terms.map(\.left.source) == [[0, 4, 4]])
    }

    @Test func ceilModeDropsAWindowThatWouldStartInTheRightPadding() throws {
        let axis = try AxisWindow(
            axis: .columns, inputSize: 5, kernelSize: 2, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, ceilMode: true)
        // ⌈(5 + 1 + 1 − 2) / 2⌉ + 1 = 4, but window 4 would start at padded 6 ≥ 5 + 1, inside the right padding.
        #expect(axis.dropsLastCeilWindow)
        #expect(axis.outputSize == 3)
        #expect(axis.explainOutputSize().formula == "⌈(5 + 1 + 1 − 2) / 2⌉ + 1 − 1 = 3")
    }

    @Test func countIncludePadFalseDividesByTheRealCells() throws {
        let grid = try Tensor(channels: [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]])
        let including = try Pool2D(kind: .average, input: grid, size: Pair(3), stride: Pair(1), padding: .explicit(Padding(1)))
        let excluding = try Pool2D(
            kind: .average, input: grid, size: Pair(3), stride: Pair(1), padding: .explicit(Padding(1)),
            countIncludePad: false)
        // Corner: (1+2+4+5) = 12 over all 9 cells = 1.333…, or over the 4 real cells = 3.
        #expect(isClose(including.forward.result()[[0, 0, 0]], 12.0 / 9))
        #expect(excluding.forward.result()[[0, 0, 0]] == 3)
        // Edge (0,1): 1+2+3+4+5+6 = 21 over 6 real cells = 3.5; centre: 45 / 9 = 5.
        #expect(excluding.forward.result() == (try Tensor(channels: [[[3, 3.5, 4], [4.5, 5, 5.5], [6, 6.5, 7]]])))
        let step = try #require(excluding.forward.step(for: [0, 0, 0]))
        #expect(step.rule == .mean(divisor: 4))
        #expect(step.terms.map(\.left.value) == [1, 2, 4, 5])
        #expect(step.terms.allSatisfy { $0.left.origin == .element })
    }

    @Test func dilatedMaxPoolSkipsCells() throws {
        let layer = try Pool2D(kind: .max, input: Self.oneToTwentyFive, size: Pair(2), stride: Pair(1), dilation: Pair(2))
        // Span 2·(2−1) + 1 = 3, so (5 − 3) / 1 + 1 = 3 per axis; window (0,0) reads 1, 3, 11, 13.
        let step = try #require(layer.forward.step(at: 0))
        #expect(step.terms.map(\.left.value) == [1, 3, 11, 13])
        #expect(layer.forward.result() == (try Tensor(channels: [[[13, 14, 15], [18, 19, 20], [23, 24, 25]]])))
    }

    @Test func paddingWiderThanHalfTheWindowIsAllowedWhileEveryWindowReadsTheInput() throws {
        let row = try Tensor(channels: [[[3, 1, 2]]])
        func pool(_ kind: PoolKind, countIncludePad: Bool = true) throws -> Tensor {
            try Pool2D(
                kind: kind, input: row, size: Pair(rows: 1, columns: 3), stride: Pair(1),
                padding: .explicit(Padding(top: 0, bottom: 0, left: 2, right: 2)), countIncludePad: countIncludePad
            ).forward.result()
        }
        // Windows [p p 3], [p 3 1], [3 1 2], [1 2 p], [2 p p]: every one holds an input cell.
        #expect(try pool(.max) == (try Tensor(channels: [[[3, 3, 3, 2, 2]]])))
        // Real cells only: 3/1, (3+1)/2, 6/3, (1+2)/2, 2/1.
        #expect(try pool(.average, countIncludePad: false) == (try Tensor(channels: [[[3, 2, 2, 1.5, 2]]])))
        // Padding counted: 3/3, 4/3, 6/3, 3/3, 2/3.
        let counted = try pool(.average)
        #expect(isClose(counted, try Tensor(channels: [[[1, 4.0 / 3, 2, 1, 2.0 / 3]]])))
    }

    @Test func dilationThatJumpsOverTheInputIsRefused() {
        // One input cell padded by 1 each side; taps 2 apart read padded 0 and 2, both padding.
        let error = ShapeError.poolPaddingTooLarge(axis: .columns, padBefore: 1, padAfter: 1, window: 0, windows: 1)
        #expect(throws: error) {
            try Pool2D(
                kind: .max, input: Tensor(zeros: [1, 1, 1]), size: Pair(rows: 1, columns: 2),
                padding: .explicit(Padding(top: 0, bottom: 0, left: 1, right: 1)), dilation: Pair(rows: 1, columns: 2))
        }
    }

    @Test func ceilModeAverageBackwardSharesByEachWindowsDivisor() throws {
        let row = try Tensor(channels: [[[1, 2, 3, 4]]])
        func layer(countIncludePad: Bool) throws -> Pool2D {
            try Pool2D(
                kind: .average, input: row, size: Pair(rows: 1, columns: 3), stride: Pair(rows: 1, columns: 2),
                padding: .explicit(Padding(top: 0, bottom: 0, left: 1, right: 1)), ceilMode: true,
                countIncludePad: countIncludePad)
        }
        let gradOutput = try Tensor(channels: [[[1, 2, 3]]])
        // Windows over padded [p 1 2 3 4 p]: [p 1 2], [2 3 4], [4 p | past the end] → divisors 3, 3, 2 with padding,
        // 2, 3, 1 without. Forward: 3/3, 9/3, 4/2 and 3/2, 9/3, 4/1.
        #expect(try layer(countIncludePad: true).forward.result() == (try Tensor(channels: [[[1, 3, 2]]])))
        #expect(try layer(countIncludePad: false).forward.result() == (try Tensor(channels: [[[1.5, 3, 4]]])))
        // With padding: X₀ 1/3; X₁ 1/3 + 2/3 = 1; X₂ 2/3; X₃ 2/3 + 3/2 = 13/6.
        let including = try layer(countIncludePad: true).backward(gradOutput: gradOutput).result()
        #expect(isClose(including, try Tensor(channels: [[[1.0 / 3, 1, 2.0 / 3, 13.0 / 6]]])))
        // Without: X₀ 1/2; X₁ 1/2 + 2/3 = 7/6; X₂ 2/3; X₃ 2/3 + 3/1 = 11/3.
        let excluding = try layer(countIncludePad: false).backward(gradOutput: gradOutput).result()
        #expect(isClose(excluding, try Tensor(channels: [[[0.5, 7.0 / 6, 2.0 / 3, 11.0 / 3]]])))
    }

    @Test func maxStepsTellTheirTies() throws {
        let layer = try Pool2D(kind: .max, input: Tensor(channels: [[[5, 5, 1, 2], [5, 1, 0, 3]]]), size: Pair(2))
        let tied = try #require(layer.forward.step(at: 0))
        // 5, 5, 5, 1: three equal maxima; the first wins.
        #expect(tied.maximumPositions == [0, 1, 2])
        #expect(tied.hasTie)
        #expect(tied.winner == 0)
        let single = try #require(layer.forward.step(at: 1))
        // 1, 2, 0, 3: 3 alone.
        #expect(single.maximumPositions == [3])
        #expect(!single.hasTie)
    }

    @Test func randomPoolingLayersCoverEveryOption() {
        var generator = SeededGenerator(seed: 1000)
        let layers = (0..<40).map { _ in RandomLayers.pooling(.average, using: &generator) }
        let overhangs = layers.contains { layer in
            let columns = layer.window.columns
            return columns.tapsInsidePadding(output: columns.outputSize - 1).count < columns.kernelSize
        }
        #expect(overhangs)
        #expect(layers.contains { !$0.countIncludePad && $0.window.padding != .zero })
        #expect(layers.contains { $0.window.dilation != Pair(1) })
        #expect(layers.contains { 2 * $0.window.padding.left > $0.window.kernel.columns })
    }
}
