import CNNEngine
import Testing

/// Every step's terms, combined by its rule, give the total the engine computes for that cell.
@Suite struct TraceConsistencyTests {
    @Test(arguments: 0..<25)
    func convolutionStepsExplainEveryCell(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(3000 + seed))
        let layer = RandomLayers.convolution(using: &generator)
        let backward = try layer.backward(gradOutput: Tensor.random(layer.outputShape, using: &generator))
        #expect(tracesMatchResult(layer.forward))
        #expect(tracesMatchResult(backward.filterGradient))
        #expect(tracesMatchResult(backward.inputGradient))
        #expect(tracesMatchResult(backward.biasGradient))
    }

    @Test(arguments: [PoolKind.max, .average], 0..<30)
    func poolingStepsExplainEveryCell(kind: PoolKind, seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(4000 + seed))
        let layer = RandomLayers.pooling(kind, using: &generator)
        #expect(tracesMatchResult(layer.forward))
        #expect(tracesMatchResult(try layer.backward(gradOutput: Tensor.random(layer.outputShape, using: &generator))))
    }

    @Test func reluStepsExplainEveryCell() throws {
        var generator = SeededGenerator(seed: 5000)
        let relu = ReLU(input: Tensor.random([2, 3, 4], using: &generator))
        #expect(tracesMatchResult(relu.forward))
        #expect(tracesMatchResult(try relu.backward(gradOutput: Tensor.random([2, 3, 4], using: &generator))))
    }

    @Test func strideTwoInputGradientShowsInsertedZerosAndRotatedFilter() throws {
        let layer = try Conv2D(
            input: Tensor(zeros: [1, 5, 5]), filters: Tensor(shape: [1, 1, 3, 3]) { Double($0[2] * 3 + $0[3]) }, stride: Pair(2))
        let backward = try layer.backward(gradOutput: Tensor(channels: [[[1, 2], [3, 4]]]))
        let grid = backward.inputGradient.fullGrid
        // dL/dO 2×2 with one zero inserted per gap → 3×3, padded by k − 1 = 2 on each side → 7×7.
        #expect(grid.size == Pair(7))
        #expect(grid.operand(plane: 0, row: 2, column: 2).source == [0, 0, 0])
        #expect(grid.operand(plane: 0, row: 2, column: 3).origin == .insertedZero)
        #expect(grid.operand(plane: 0, row: 1, column: 2).origin == .padding)
        #expect(grid.operand(plane: 0, row: 4, column: 4).value == 4)
        let step = try #require(backward.inputGradient.step(for: [0, 0, 0]))
        // The first term pairs grid (0,0) with rot180(W)(0,0) = W(2,2) = 8.
        #expect(step.terms[0].right?.source == [0, 0, 2, 2])
        #expect(step.terms[0].right?.value == 8)
    }

    @Test func stepsOutsideTheResultAreNil() throws {
        let layer = try Conv2D(input: Tensor(zeros: [1, 3, 3]), filters: Tensor(zeros: [1, 1, 2, 2]))
        #expect(layer.forward.step(at: -1) == nil)
        #expect(layer.forward.step(at: 4) == nil)
        #expect(layer.forward.step(for: [0, 2, 0]) == nil)
    }

    @Test func lastStepOfAHugeInputIsComputedAlone() throws {
        let input = Tensor(shape: [3, 512, 512]) { Double(($0[1] + $0[2]) % 7) }
        let layer = try Conv2D(input: input, filters: Tensor(shape: [1, 3, 3, 3]) { _ in 1 })
        let step = try #require(layer.forward.step(at: layer.forward.stepCount - 1))
        #expect(step.targetIndex == [0, 509, 509])
        #expect(step.terms.count == 27)
        #expect(isClose(step.recomputedTotal(), step.total))
    }
}

/// The cheap term counts agree with the steps they describe.
@Suite struct TermCountTests {
    @Test(arguments: 0..<10)
    func termCountsMatchTheSteps(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(6000 + seed))
        let layer = RandomLayers.convolution(using: &generator)
        let backward = try layer.backward(gradOutput: Tensor.random(layer.outputShape, using: &generator))
        let operations: [any TracedOperation] = [layer.forward, backward.filterGradient, backward.inputGradient, backward.biasGradient]
        for operation in operations {
            for number in [0, operation.stepCount - 1] {
                #expect(operation.termCount(ofStep: number) == operation.step(at: number)?.terms.count)
            }
            #expect(operation.termCount(ofStep: operation.stepCount) == 0)
        }
    }

    @Test(arguments: [PoolKind.max, .average], 0..<10)
    func poolingTermCountsMatchTheSteps(kind: PoolKind, seed: Int) {
        var generator = SeededGenerator(seed: UInt64(6100 + seed))
        let forward = RandomLayers.pooling(kind, using: &generator).forward
        for number in 0..<forward.stepCount {
            #expect(forward.termCount(ofStep: number) == forward.step(at: number)?.terms.count)
        }
        #expect(forward.termCount(ofStep: forward.stepCount) == 0)
    }
}
