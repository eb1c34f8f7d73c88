import CNNEngine
import Testing

/// The worked examples of the recitation and the lecture, recomputed by hand.
@Suite struct SeedExamplesTests {
    static let edgeImage = try! Tensor(channels: [
        [
            [3, 0, 1, 2, 7, 4], [1, 5, 8, 9, 3, 1], [2, 7, 2, 5, 1, 3],
            [0, 1, 3, 1, 7, 8], [4, 2, 1, 6, 2, 8], [2, 4, 5, 2, 3, 9],
        ]
    ])
    static let verticalEdge = try! Tensor(filters: [[[[1, 0, -1], [1, 0, -1], [1, 0, -1]]]])

    @Test func verticalEdgeFirstCellIsMinusFive() throws {
        let conv = try Conv2D(input: Self.edgeImage, filters: Self.verticalEdge)
        let step = try #require(conv.forward.step(at: 0))
        // 3×1 + 0×0 + 1×(−1) + 1×1 + 5×0 + 8×(−1) + 2×1 + 7×0 + 2×(−1) = 3 − 1 + 1 − 8 + 2 − 2 = −5
        #expect(step.total == -5)
        #expect(step.terms.map(\.left.value) == [3, 0, 1, 1, 5, 8, 2, 7, 2])
        #expect(step.terms.map { $0.right?.value } == [1, 0, -1, 1, 0, -1, 1, 0, -1])
    }

    @Test func verticalEdgeWholeOutputMatchesTheLecture() throws {
        let conv = try Conv2D(input: Self.edgeImage, filters: Self.verticalEdge)
        // Each cell is (sum of the window's left column) − (sum of its right column), e.g.
        // Z[0][1] = (0+5+7) − (2+9+5) = −4, Z[3][3] = (1+6+5) − (8+8+9) = −16... by hand row by row:
        let expected = try Tensor(channels: [
            [
                [-5, -4, 0, 8], [-10, -2, 2, 3], [0, -2, -4, -7], [-3, -2, -3, -16],
            ]
        ])
        #expect(conv.forward.result() == expected)
    }

    @Test func strideTwoOnSevenBySevenCorrectsTheSlide() throws {
        let image = try Tensor(channels: [
            [
                [3, 0, 1, 2, 7, 4, 6], [1, 5, 8, 9, 3, 1, 7], [2, 7, 2, 5, 1, 3, 8], [0, 1, 3, 1, 7, 8, 9],
                [4, 2, 1, 6, 2, 8, 0], [2, 4, 5, 2, 3, 9, 0], [6, 7, 5, 7, 4, 8, 6],
            ]
        ])
        let filter = try Tensor(filters: [[[[3, 4, -1], [3, 0, -1], [0, 2, -4]]]])
        let conv = try Conv2D(input: image, filters: filter, stride: Pair(2))
        #expect(conv.outputShape == [1, 3, 3])
        let output = conv.forward.result()
        // 9·… window (0,0): 9+0−1 + 3+0−8 + 0+14−8 = 9; window (0,2): 3+8−7 + 24+0−3 + 0+10−4 = 31.
        #expect(output[[0, 0, 0]] == 9)
        #expect(output[[0, 0, 1]] == 31)
        // The slide shows 10 here. By hand, window (0,4) = [[7,4,6],[3,1,7],[1,3,8]]:
        // 21+16−6 + 9+0−7 + 0+6−32 = 7.
        #expect(output[[0, 0, 2]] == 7)
        // Vertical stride, window (2,0) = [[2,7,2],[0,1,3],[4,2,1]]: 6+28−2 + 0+0−3 + 0+4−4 = 29 (slide agrees).
        #expect(output[[0, 1, 0]] == 29)
    }

    @Test func symbolicFourByFourMatchesTheRecitationFormula() throws {
        var generator = SeededGenerator(seed: 4)
        let a = Tensor.random([1, 4, 4], using: &generator), w = Tensor.random([1, 1, 2, 2], using: &generator)
        let b = try Tensor(vector: [0.5])
        let conv = try Conv2D(input: a, filters: w, bias: b)
        #expect(conv.outputShape == [1, 3, 3])
        // Z₁,₂ = A₁,₂W₁,₁ + A₁,₃W₁,₂ + A₂,₂W₂,₁ + A₂,₃W₂,₂ + B (1-based, as the recitation writes it).
        let z12 =
            a[[0, 0, 1]] * w[[0, 0, 0, 0]] + a[[0, 0, 2]] * w[[0, 0, 0, 1]]
            + a[[0, 1, 1]] * w[[0, 0, 1, 0]] + a[[0, 1, 2]] * w[[0, 0, 1, 1]] + 0.5
        let step = try #require(conv.forward.step(for: [0, 0, 1]))
        #expect(isClose(step.total, z12))
        #expect(step.terms.map { $0.left.source } == [[0, 0, 1], [0, 0, 2], [0, 1, 1], [0, 1, 2]])
        #expect(step.bias?.value == 0.5)
    }

    @Test func recitationShapesForStrideTwoAndPaddingOne() throws {
        let a = Tensor(zeros: [1, 4, 4]), w = Tensor(zeros: [1, 1, 2, 2])
        #expect(try Conv2D(input: a, filters: w, stride: Pair(2)).outputShape == [1, 2, 2])
        // The recitation's padding slide draws a 4×4 Z; (4 + 2·1 − 2) / 1 + 1 = 5, so Z is 5×5.
        #expect(try Conv2D(input: a, filters: w, padding: .explicit(Padding(1))).outputShape == [1, 5, 5])
    }

    @Test func paddedImageKeepsItsSizeWithSamePadding() throws {
        let image = try Tensor(channels: [
            Array(repeating: [10, 10, 10, 2, 2, 2], count: 3)
                + Array(repeating: [5, 5, 5, 10, 10, 10], count: 3)
        ])
        let conv = try Conv2D(input: image, filters: Self.verticalEdge, padding: .same)
        #expect(conv.window.padding == Padding(1))
        #expect(conv.outputShape == [1, 6, 6])
        let output = conv.forward.result()
        // Top-left window covers the padding: (0+0+0) − (0+10+10) = −20.
        #expect(output[[0, 0, 0]] == -20)
        // Row 0, column 2: (0+10+10) − (0+2+2) = 16.
        #expect(output[[0, 0, 2]] == 16)
        // Row 3, column 2 straddles the change: (10+5+5) − (2+10+10) = −2.
        #expect(output[[0, 3, 2]] == -2)
    }

    @Test func maxAndAveragePoolingOfTheRecitationGrid() throws {
        let grid = try Tensor(channels: [[[4, 8, 3, 9], [16, 10, 0, 7], [6, 12, 13, 8], [67, 18, 3, 7]]])
        let maxPool = try Pool2D(kind: .max, input: grid, size: Pair(2))
        #expect(maxPool.forward.result() == (try Tensor(channels: [[[16, 9], [67, 13]]])))
        let average = try Pool2D(kind: .average, input: grid, size: Pair(2))
        // (4+8+16+10)/4 = 9.5, (3+9+0+7)/4 = 4.75, (6+12+67+18)/4 = 25.75, (13+8+3+7)/4 = 7.75.
        #expect(average.forward.result() == (try Tensor(channels: [[[9.5, 4.75], [25.75, 7.75]]])))
        let winnerStep = try #require(maxPool.forward.step(at: 2))
        #expect(winnerStep.winner == 2)
        #expect(winnerStep.terms.map(\.left.value) == [6, 12, 67, 18])
    }

    @Test func sobelFiltersOnTheEdgeImage() throws {
        // The lecture prints G_y's first row as 1 2 −1; Sobel's is 1 2 1 (the filter must be antisymmetric).
        let gy = try Tensor(filters: [[[[1, 2, 1], [0, 0, 0], [-1, -2, -1]]]])
        let conv = try Conv2D(input: Self.edgeImage, filters: gy)
        // Window (0,0): (3 + 2·0 + 1) − (2 + 2·7 + 2) = 4 − 18 = −14.
        #expect(conv.forward.step(at: 0)?.total == -14)
    }

    @Test func oneLayerParameterCounts() throws {
        let input = Tensor(zeros: [3, 6, 6])
        let two = try Conv2D(input: input, filters: Tensor(zeros: [2, 3, 3, 3]), bias: Tensor(zeros: [2]))
        #expect(two.parameterCount == 56)  // 2 × (27 + 1)
        let ten = try Conv2D(input: input, filters: Tensor(zeros: [10, 3, 3, 3]), bias: Tensor(zeros: [10]))
        #expect(ten.parameterCount == 280)  // 10 × (27 + 1)
        #expect(two.outputShape == [2, 4, 4])
    }

    @Test func reluZeroesTheNegativeEdgeResponses() throws {
        let conv = try Conv2D(input: Self.edgeImage, filters: Self.verticalEdge)
        let relu = ReLU(input: conv.forward.result())
        let expected = try Tensor(channels: [[[0, 0, 0, 8], [0, 0, 2, 3], [0, 0, 0, 0], [0, 0, 0, 0]]])
        #expect(relu.forward.result() == expected)
    }

    @Test func backwardOfTheLectureThreeByThreeExample() throws {
        // X 3×3, F 2×2, O 2×2 as in the lecture; numbers chosen here, sums worked by hand.
        let x = try Tensor(channels: [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]])
        let f = try Tensor(filters: [[[[1, -1], [2, 0]]]])
        let conv = try Conv2D(input: x, filters: f)
        let gradOutput = try Tensor(channels: [[[1, 2], [-1, 3]]])
        let backward = try conv.backward(gradOutput: gradOutput)
        // dL/dF11 = 1·X11 + 2·X12 − 1·X21 + 3·X22 = 1 + 4 − 4 + 15 = 16, and so on.
        #expect(backward.filterGradient.result() == (try Tensor(filters: [[[[16, 21], [31, 36]]]])))
        // dL/dX = full convolution of dL/dO with rot180(F) = [[0, 2], [−1, 1]]:
        // X11: 1·1 = 1; X12: 1·(−1) + 2·1 = 1; X13: 2·(−1) = −2;
        // X21: 1·2 + (−1)·1 = 1; X22: 1·0 + 2·2 + (−1)(−1) + 3·1 = 8; X23: 2·0 + 3·(−1) = −3;
        // X31: (−1)·2 = −2; X32: (−1)·0 + 3·2 = 6; X33: 3·0 = 0.
        #expect(backward.inputGradient.result() == (try Tensor(channels: [[[1, 1, -2], [1, 8, -3], [-2, 6, 0]]])))
        #expect(backward.biasGradient.result() == (try Tensor(vector: [5])))
    }
}
