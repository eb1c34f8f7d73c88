import CNNEngine
import Testing

/// Gradient descent on a filter: one update by hand, the loss curve, the gradient against finite differences,
/// and convergence to the filter that made the target.
@Suite struct FilterDescentTests {
    @Test func oneGradientStepByHand() throws {
        // W − η·dL/dW with η = 0.1: 0.5 − 0.1×2 = 0.3; −1 − 0.1×(−0.5) = −0.95.
        let step = try GradientDescentStep(
            weights: Tensor(matrix: [[0.5, -1]]), gradient: Tensor(matrix: [[2, -0.5]]), learningRate: 0.1)
        #expect(isClose(step.result(), try Tensor(matrix: [[0.3, -0.95]]), tolerance: 1e-15))
        #expect(tracesMatchResult(step))
        #expect(step.step(at: 1)?.rule == .gradientStep(learningRate: 0.1))
    }

    @Test func aGradientOfAnotherShapeIsRefused() {
        #expect(throws: ShapeError.gradientShapeMismatch(gradient: "dL/dW", expected: [1, 2], actual: [2, 1])) {
            try GradientDescentStep(weights: Tensor(zeros: [1, 2]), gradient: Tensor(zeros: [2, 1]), learningRate: 1)
        }
    }

    @Test func oneIterationByHand() throws {
        // X = [[1,2,0],[0,1,1],[1,0,2]], W₀ = 0, Y = [[1,0],[0,1]]: Z = 0, L = (1 + 0 + 0 + 1)/4 = 0.5,
        // dL/dZ = 2(Z − Y)/4 = [[−0.5, 0], [0, −0.5]], dL/dW[u][v] = −0.5·(X[u][v] + X[u+1][v+1]) =
        // [[−1, −1.5], [0, −1.5]], and W₁ = W₀ − 0.1·dL/dW = [[0.1, 0.15], [0, 0.15]].
        let descent = try FilterDescent(
            input: Tensor(channels: [[[1, 2, 0], [0, 1, 1], [1, 0, 2]]]), target: .output(Tensor(channels: [[[1, 0], [0, 1]]])),
            initialFilters: Tensor(zeros: [1, 1, 2, 2]), learningRate: 0.1, iterationCount: 1)
        let iteration = try #require(descent.iterations.first)
        #expect(descent.losses == [0.5])
        #expect(iteration.gradOutput == (try Tensor(channels: [[[-0.5, 0], [0, -0.5]]])))
        #expect(iteration.update.gradient == (try Tensor(filters: [[[[-1, -1.5], [0, -1.5]]]])))
        #expect(isClose(descent.finalFilters, try Tensor(filters: [[[[0.1, 0.15], [0, 0.15]]]]), tolerance: 1e-15))
    }

    @Test(arguments: 0..<8)
    func eachIterationsGradientMatchesFiniteDifferencesOfItsLoss(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(9300 + seed))
        let input = Tensor.random([2, 5, 6], using: &generator)
        let filters = Tensor.random([2, 2, 3, 2], using: &generator)
        let descent = try FilterDescent(
            input: input, target: .filters(Tensor.random(filters.shape, using: &generator)), initialFilters: filters,
            learningRate: 0.05, iterationCount: 3, stride: Pair(rows: 1, columns: 2), padding: .explicit(Padding(1)))
        for (k, iteration) in descent.iterations.enumerated() {
            let numerical = numericalGradient(of: iteration.layer.filters) { w in
                let layer = try? Conv2D(input: input, filters: w, stride: Pair(rows: 1, columns: 2), padding: .explicit(Padding(1)))
                return (layer.flatMap { try? MeanSquaredError(input: $0.forward.result(), target: descent.target) })?.forward.loss ?? .nan
            }
            #expect(isClose(iteration.update.gradient, numerical, tolerance: 1e-6), "seed \(seed), iteration \(k)")
            #expect(descent.filters(before: k + 1) == iteration.update.result())
            #expect(tracesMatchResult(iteration.update))
        }
        #expect(tracesMatchResult(descent.run))
    }

    @Test func theVerticalEdgeFilterIsFoundFromZero() throws {
        // Y made by the vertical-edge filter from a 6×6 input; from zero filters the loss falls by orders of
        // magnitude and W approaches the edge filter.
        var generator = SeededGenerator(seed: 9400)
        let edge = try Tensor(filters: [[[[1, 0, -1], [1, 0, -1], [1, 0, -1]]]])
        let descent = try FilterDescent(
            input: Tensor.random([1, 6, 6], using: &generator), target: .filters(edge), initialFilters: Tensor(zeros: [1, 1, 3, 3]),
            learningRate: 0.5, iterationCount: 400)
        let losses = descent.losses
        #expect(zip(losses, losses.dropFirst()).allSatisfy { $0.1 <= $0.0 }, "the loss never rises at this learning rate")
        #expect(losses[399] < 1e-9 * losses[0])
        #expect(isClose(descent.finalFilters, edge, tolerance: 1e-4))
        #expect(descent.targetFilters == edge)
    }

    @Test func aTargetOfTheWrongShapeIsRefused() {
        #expect(throws: ShapeError.targetShapeMismatch(expected: [1, 2, 2], actual: [1, 3, 3])) {
            try FilterDescent(
                input: Tensor(zeros: [1, 3, 3]), target: .output(Tensor(zeros: [1, 3, 3])), initialFilters: Tensor(zeros: [1, 1, 2, 2]),
                learningRate: 0.1, iterationCount: 1)
        }
    }
}
