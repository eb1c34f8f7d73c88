import CNNEngine
import Testing

/// The layers after convolution on small examples worked by hand (decimals checked with NumPy).
@Suite struct LayerExamplesTests {
    @Test func flattenReadsChannelThenRowThenColumn() throws {
        let input = try Tensor(channels: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
        let flatten = try Flatten(input: input)
        #expect(flatten.forward.result() == (try Tensor(vector: [1, 2, 3, 4, 5, 6, 7, 8])))
        // Element 5 = (c·2 + h)·2 + w with c 1, h 0, w 1: the 6 in channel 2, row 1, column 2.
        let step = try #require(flatten.forward.step(at: 5))
        #expect(step.terms.map(\.left.source) == [[1, 0, 1]])
        #expect(step.total == 6)
        let gradOutput = try Tensor(vector: [10, 20, 30, 40, 50, 60, 70, 80])
        let back = try flatten.backward(gradOutput: gradOutput)
        #expect(back.result() == (try Tensor(channels: [[[10, 20], [30, 40]], [[50, 60], [70, 80]]])))
        #expect(back.step(for: [1, 1, 0])?.terms.map(\.left.source) == [[6]])
    }

    static let dense = try! Dense(
        input: Tensor(vector: [1, 2, 3]), weight: Tensor(matrix: [[1, 0, -1], [2, 1, 0]]), bias: Tensor(vector: [0.5, -1]))

    @Test func denseForwardIsARowOfWTimesXPlusB() throws {
        // y₁ = 1×1 + 2×0 + 3×(−1) + 0.5 = −1.5; y₂ = 1×2 + 2×1 + 3×0 − 1 = 3.
        #expect(Self.dense.forward.result() == (try Tensor(vector: [-1.5, 3])))
        let step = try #require(Self.dense.forward.step(at: 0))
        #expect(step.terms.map { [$0.left.value, $0.right?.value ?? .nan] } == [[1, 1], [2, 0], [3, -1]])
        #expect(step.bias?.value == 0.5)
        #expect(Self.dense.parameterCount == 8)  // 2 × 3 weights + 2 biases
    }

    @Test func denseBackwardGivesAllThreeGradients() throws {
        let backward = try Self.dense.backward(gradOutput: Tensor(vector: [1, -2]))
        // dL/dx_i = Σ_o g_o·W[o][i]: 1×1 + (−2)×2 = −3, 1×0 + (−2)×1 = −2, 1×(−1) + (−2)×0 = −1.
        #expect(backward.inputGradient.result() == (try Tensor(vector: [-3, -2, -1])))
        // dL/dW[o][i] = x_i·g_o: row 1 is x, row 2 is −2x.
        #expect(backward.weightGradient.result() == (try Tensor(matrix: [[1, 2, 3], [-2, -4, -6]])))
        #expect(backward.biasGradient.result() == (try Tensor(vector: [1, -2])))
        let step = try #require(backward.weightGradient.step(for: [1, 2]))
        #expect(step.terms.map { [$0.left.value, $0.right?.value ?? .nan] } == [[3, -2]])
    }

    @Test func sigmoidAndItsSlope() throws {
        let sigmoid = Sigmoid(input: try Tensor(vector: [0, 2, -3]))
        let output = sigmoid.forward.result()
        // σ(0) = 1/(1 + 1) = 0.5; NumPy: σ(2) = 0.8807970779778823, σ(−3) = 0.04742587317756678.
        #expect(output[[0]] == 0.5)
        #expect(isClose(output[[1]], 0.8807970779778823, tolerance: 1e-15))
        #expect(isClose(output[[2]], 0.04742587317756678, tolerance: 1e-15))
        let backward = try sigmoid.backward(gradOutput: Tensor(vector: [4, 4, 0]))
        // At 0: 4 × 0.5 × (1 − 0.5) = 1. At 2 (NumPy): 4 × σ(2)(1 − σ(2)) = 0.41997434161402647.
        #expect(backward.result()[[0]] == 1)
        #expect(isClose(backward.result()[[1]], 0.41997434161402647, tolerance: 1e-14))
        let step = try #require(backward.step(at: 0))
        #expect(step.rule == .sigmoidDerivative)
        #expect(step.terms.map { [$0.left.value, $0.right?.value ?? .nan] } == [[4, 0.5]])
    }

    static let logits = try! Tensor(vector: [2, 1, 0.1])

    @Test func softmaxStepShowsEveryLogitAndItsNumerator() throws {
        let softmax = try Softmax(input: Self.logits)
        // NumPy: e² + e¹ + e^0.1 = 7.389056 + 2.718282 + 1.105171 = 11.212509;
        // p = [0.6590011388859679, 0.2424329707047139, 0.09856589040931818].
        let expected = try Tensor(vector: [0.6590011388859679, 0.2424329707047139, 0.09856589040931818])
        #expect(isClose(softmax.forward.result(), expected, tolerance: 1e-15))
        let step = try #require(softmax.forward.step(at: 1))
        #expect(step.rule == .softmax(numerator: 1))
        #expect(step.terms.map(\.left.value) == [2, 1, 0.1])
        #expect(isClose(step.recomputedTotal(), 0.2424329707047139, tolerance: 1e-15))
    }

    @Test func softmaxBackwardThroughTheJacobian() throws {
        let softmax = try Softmax(input: Self.logits)
        let backward = try softmax.backward(gradOutput: Tensor(vector: [0, 1, 0]))
        // dL/dz_i = p₂(δ_i2 − p_i): −p₂p₁, p₂(1 − p₂), −p₂p₃ (NumPy below).
        let expected = try Tensor(vector: [-0.15976360379791496, 0.18365922542000124, -0.02389562162208627])
        #expect(isClose(backward.result(), expected, tolerance: 1e-14))
        let step = try #require(backward.step(at: 0))
        #expect(step.terms.map { $0.right?.position } == [[0, 0], [1, 0], [2, 0]])
    }

    @Test func meanSquaredErrorAndItsGradient() throws {
        let loss = try MeanSquaredError(input: Tensor(vector: [0.5, 0.2, 0.9]), target: Tensor(vector: [1, 0, 1]))
        // ((0.5 − 1)² + (0.2 − 0)² + (0.9 − 1)²) / 3 = (0.25 + 0.04 + 0.01) / 3 = 0.1.
        #expect(isClose(loss.forward.loss, 0.1, tolerance: 1e-15))
        let step = try #require(loss.forward.step(at: 0))
        #expect(step.rule == .meanSquaredError(divisor: 3))
        #expect(step.terms.map { [$0.left.value, $0.right?.value ?? .nan] } == [[0.5, 1], [0.2, 0], [0.9, 1]])
        // dL/do = 2(o − y)/3: 2(−0.5)/3 = −1/3, 2(0.2)/3 = 0.4/3, 2(−0.1)/3 = −0.2/3.
        #expect(isClose(loss.backward.result(), try Tensor(vector: [-1.0 / 3, 0.4 / 3, -0.2 / 3]), tolerance: 1e-15))
        #expect(loss.backward.step(at: 0)?.rule == .scaledDifference(factor: 2, divisor: 3))
    }

    @Test func crossEntropyOverProbabilitiesWithAnIndexOrAOneHotTarget() throws {
        let p = try Tensor(vector: [0.7, 0.2, 0.1])
        let byIndex = try CrossEntropy(input: p, target: .index(1))
        let byVector = try CrossEntropy(input: p, target: .oneHot(Tensor(vector: [0, 1, 0])))
        // −log 0.2 = log 5 = 1.6094379124341003 (NumPy).
        #expect(isClose(byIndex.forward.loss, 1.6094379124341003, tolerance: 1e-15))
        #expect(byVector.forward.loss == byIndex.forward.loss)
        #expect(byIndex.forward.step(at: 0)?.terms.map(\.left.source) == [[1]])
        // dL/dp = −y/p: 0, −1/0.2 = −5, 0.
        #expect(isClose(byIndex.backward.result(), try Tensor(vector: [0, -5, 0]), tolerance: 1e-15))
        #expect(byIndex.backward.step(at: 1)?.rule == .negativeRatio)
    }

    @Test func fusedSoftmaxCrossEntropyGradientIsPMinusY() throws {
        let fused = try SoftmaxCrossEntropy(input: Self.logits, target: .index(1))
        // L = log(e² + e + e^0.1) − 1 = log 11.212509 − 1 = 1.4170300162778333 (NumPy), = −log p₂.
        #expect(isClose(fused.forward.loss, 1.4170300162778333, tolerance: 1e-15))
        #expect(fused.forward.step(at: 0)?.rule == .negativeLogSoftmax(target: 1))
        // p − y = [0.659…, 0.242… − 1, 0.0986…].
        let expected = try Tensor(vector: [0.6590011388859679, -0.7575670292952861, 0.09856589040931818])
        #expect(isClose(fused.backward.result(), expected, tolerance: 1e-15))
        let step = try #require(fused.backward.step(at: 1))
        #expect(step.terms.map { [$0.left.tensor, $0.right?.tensor] } == [[.probabilities, .target]])
        #expect(step.rule == .scaledDifference(factor: 1, divisor: 1))
    }
}

/// Large inputs do not overflow: softmax subtracts the largest logit, the fused loss uses log-sum-exp.
@Suite struct NumericalStabilityTests {
    @Test func softmaxOfHugeLogitsEqualsSoftmaxOfTheirDifferences() throws {
        let huge = try Softmax(input: Tensor(vector: [1000, 1001, 1002])).forward.result()
        let small = try Softmax(input: Tensor(vector: [0, 1, 2])).forward.result()
        // e^1000 overflows a Double; e^(z − 1002) does not. NumPy: [0.0900306, 0.2447285, 0.6652410].
        #expect(isClose(huge, small, tolerance: 1e-15))
        #expect(isClose(huge[[2]], 0.6652409557748218, tolerance: 1e-15))
        let step = try #require(try Softmax(input: Tensor(vector: [1000, 1001, 1002])).forward.step(at: 0))
        #expect(isClose(step.recomputedTotal(), 0.09003057317038046, tolerance: 1e-14))
    }

    @Test func sigmoidSaturatesWithoutNaN() throws {
        let output = Sigmoid(input: try Tensor(vector: [-1000, 1000])).forward.result()
        #expect(output.scalars == [0, 1])
    }

    @Test func fusedLossStaysFiniteWhereTheProbabilityRoundsToZero() throws {
        // softmax([1000, 0])[1] = e^−1000 / (1 + e^−1000) rounds to 0, so −log p = ∞; log-sum-exp gives 1000.
        let fused = try SoftmaxCrossEntropy(input: Tensor(vector: [1000, 0]), target: .index(1))
        #expect(fused.forward.loss == 1000)
        #expect(fused.forward.step(at: 0)?.recomputedTotal() == 1000)
        #expect(try CrossEntropy(input: fused.softmax.probabilities, target: .index(1)).forward.loss == .infinity)
    }
}
