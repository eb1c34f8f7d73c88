import CNNEngine
import LessonModel
import LessonText
import Testing

/// How the steps of sigmoid, softmax, dense and the losses read (numbers worked by hand, 4 decimals shown).
@Suite struct LayerStepWordingTests {
    static let vectorShapes: [TensorName: [Int]] = [
        .input: [3], .output: [3], .gradInput: [3], .target: [3], .probabilities: [3], .loss: [1],
    ]

    func formatter(_ glyphs: Glyphs = .unicode) -> StepFormatter {
        StepFormatter(names: .standard, shapes: Self.vectorShapes, glyphs: glyphs)
    }

    @Test func softmaxShowsTheExponentialsAndTheDivision() throws {
        let step = try #require(try Softmax(input: Tensor(vector: [2, 1, 0.1])).forward.step(at: 1))
        // e¹ / (e² + e¹ + e^0.1) = 2.7183 / 11.2125 = 0.2424.
        #expect(formatter().equation(step) == "Z₂ = e^1 / (e^2 + e^1 + e^0.1) = 0.2424")
        #expect(formatter().symbolicExpression(step) == "e^X₂ / (e^X₁ + e^X₂ + e^X₃)")
    }

    @Test func sigmoidForwardAndBackward() throws {
        let sigmoid = Sigmoid(input: try Tensor(vector: [2, -3, 0]))
        // 1 / (1 + e^−2) = 1 / 1.1353 = 0.8808; 1 / (1 + e³) = 1 / 21.0855 = 0.0474.
        #expect(formatter().equation(try #require(sigmoid.forward.step(at: 0))) == "Z₁ = 1 / (1 + e^−2) = 0.8808")
        #expect(formatter().equation(try #require(sigmoid.forward.step(at: 1))) == "Z₂ = 1 / (1 + e^−(−3)) = 0.0474")
        let backward = try sigmoid.backward(gradOutput: Tensor(vector: [0, 0, 4]))
        // σ(0) = 0.5: 4 × 0.5 × (1 − 0.5) = 1.
        #expect(formatter().equation(try #require(backward.step(at: 2))) == "dL/dX₃ = 4×0.5×(1 − 0.5) = 1")
    }

    @Test func squaredErrorAndItsGradient() throws {
        let loss = try MeanSquaredError(input: Tensor(vector: [0.5, 0.2, 0.9]), target: Tensor(vector: [1, 0, 1]))
        // (0.25 + 0.04 + 0.01) / 3 = 0.1; 2 × (0.5 − 1) / 3 = −1/3.
        let forward = try #require(loss.forward.step(at: 0))
        #expect(formatter().equation(forward) == "L = ((0.5 − 1)² + (0.2 − 0)² + (0.9 − 1)²) / 3 = 0.1")
        #expect(formatter(.ascii).equation(forward) == "L = ((0.5 - 1)^2 + (0.2 - 0)^2 + (0.9 - 1)^2) / 3 = 0.1")
        #expect(formatter().equation(try #require(loss.backward.step(at: 0))) == "dL/dX₁ = 2×(0.5 − 1) / 3 = −0.3333")
        #expect(formatter().symbolicExpression(try #require(loss.backward.step(at: 0))) == "2×(X₁ − y₁) / 3")
    }

    @Test func crossEntropyForwardAndBackward() throws {
        let loss = try CrossEntropy(input: Tensor(vector: [0.7, 0.2, 0.1]), target: .index(1))
        // −ln 0.2 = ln 5 = 1.6094; −y/p = −1/0.2 = −5.
        #expect(formatter().equation(try #require(loss.forward.step(at: 0))) == "L = −log(0.2) = 1.6094")
        #expect(formatter().equation(try #require(loss.backward.step(at: 1))) == "dL/dX₂ = −1 / 0.2 = −5")
    }

    @Test func fusedSoftmaxCrossEntropyForwardAndBackward() throws {
        let loss = try SoftmaxCrossEntropy(input: Tensor(vector: [2, 1, 0.1]), target: .index(1))
        // −log(0.2424) = 1.4170; p₂ − y₂ = 0.2424 − 1 = −0.7576.
        let forward = try #require(loss.forward.step(at: 0))
        #expect(formatter().equation(forward) == "L = −log(e^1 / (e^2 + e^1 + e^0.1)) = 1.417")
        #expect(formatter().equation(try #require(loss.backward.step(at: 1))) == "dL/dX₂ = 0.2424 − 1 = −0.7576")
        #expect(formatter().symbolicExpression(try #require(loss.backward.step(at: 1))) == "p₂ − y₂")
    }

    @Test func denseReadsLikeAConvolutionSum() throws {
        let dense = try Dense(
            input: Tensor(vector: [1, 2, 3]), weight: Tensor(matrix: [[1, 0, -1], [2, 1, 0]]), bias: Tensor(vector: [0.5, -1]))
        let shapes: [TensorName: [Int]] = [.input: [3], .filters: [2, 3], .bias: [2], .output: [2]]
        let formatter = StepFormatter(names: .standard, shapes: shapes, glyphs: .unicode)
        // 1×1 + 2×0 + 3×(−1) + 0.5 = −1.5.
        let step = try #require(dense.forward.step(at: 0))
        #expect(formatter.equation(step) == "Z₁ = 1×1 + 2×0 + 3×(−1) + 0.5 = −1.5")
        #expect(formatter.symbolicExpression(step) == "X₁·W₁,₁ + X₂·W₁,₂ + X₃·W₁,₃ + b₁")
    }
}
