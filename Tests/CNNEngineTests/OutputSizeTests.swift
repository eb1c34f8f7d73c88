import CNNEngine
import Testing

/// The output-size formula and its explanation when the stride does not fit.
@Suite struct OutputSizeTests {
    func axis(n: Int, k: Int, s: Int, p: (Int, Int) = (0, 0), d: Int = 1) throws -> AxisWindow {
        try AxisWindow(axis: .columns, inputSize: n, kernelSize: k, stride: s, dilation: d, padBefore: p.0, padAfter: p.1)
    }

    @Test func lectureFormulaCases() throws {
        #expect(try axis(n: 6, k: 3, s: 1).outputSize == 4)  // (6 − 3 + 1)
        #expect(try axis(n: 6, k: 3, s: 1, p: (1, 1)).outputSize == 6)  // (6 + 2 − 3 + 1)
        #expect(try axis(n: 7, k: 3, s: 2).outputSize == 3)  // ⌊(7 − 3)/2⌋ + 1
        #expect(try axis(n: 32, k: 5, s: 1).outputSize == 28)
        #expect(try axis(n: 7, k: 3, s: 1, d: 2).outputSize == 3)  // span 5: 7 − 5 + 1
    }

    @Test func strideThatFitsLeavesNothingUnvisited() throws {
        let explanation = try axis(n: 7, k: 3, s: 2).explainOutputSize()
        #expect(explanation.fitsExactly)
        #expect(explanation.unvisitedInputPositions.isEmpty)
        #expect(explanation.paddingToFit == nil)
        #expect(explanation.formula == "⌊(7 + 0 + 0 − 3) / 2⌋ + 1 = 3")
    }

    @Test func strideThatDoesNotFitNamesTheSkippedColumnAndTheFix() throws {
        // 6 wide, k 3, s 2: windows start at 0 and 2 and cover columns 0…4; column 5 is never read.
        let explanation = try axis(n: 6, k: 3, s: 2).explainOutputSize()
        #expect(!explanation.fitsExactly)
        #expect(explanation.window.outputSize == 2)
        #expect(explanation.unvisitedInputPositions == [5])
        #expect(explanation.paddingToFit == 1)
        #expect(explanation.fittingStrides == [1, 3])
    }

    @Test func dilationHolesCountAsUnvisited() throws {
        // k 2, d 3 over 4 cells with stride 3: one window reading columns 0 and 3.
        let explanation = try axis(n: 4, k: 2, s: 3, d: 3).explainOutputSize()
        #expect(explanation.unvisitedInputPositions == [1, 2])
    }

    @Test func samePaddingKeepsTheSizeForOddAndEvenKernels() throws {
        for kernel in 1...5 {
            let window = try SlidingWindow2D(
                input: Pair(6), kernel: Pair(kernel), stride: Pair(1), padding: .same, dilation: Pair(1))
            #expect(window.outputSize == Pair(6))
        }
        let strided = try SlidingWindow2D(input: Pair(7), kernel: Pair(3), stride: Pair(2), padding: .same, dilation: Pair(1))
        #expect(strided.outputSize == Pair(4))  // ⌈7 / 2⌉
    }
}
