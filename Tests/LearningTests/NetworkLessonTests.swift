import CNNEngine
import Learning
import LessonModel
import NetworkLessons
import Testing

/// A digit's pass through the network opens as an ordinary lesson whose results are the network's own numbers.
@Suite struct NetworkLessonTests {
    @Test func theLessonsResultsAreTheNetworksLossAndGradients() throws {
        let set = try DigitSet(DigitSetConfiguration(trainingCount: 10, testCount: 10, seed: 5))
        let network = TinyNetwork(shape: .digits, seed: 5)
        let sample = set.training[2]
        let lesson = try NetworkLesson.lesson(network: network, sample: sample, id: "digit-2", title: "digit")
        let (loss, gradients) = try network.forward(sample.image).backward(label: sample.label)
        let results = lesson.results()
        #expect(lesson.kind == "conv2d → relu → maxpool2d → flatten → linear → cross_entropy + backward")
        #expect(results[.output]?.scalars == [loss])
        #expect(results[.gradFilters] == gradients.convolutionWeight)
        #expect(results[.gradBias] == gradients.convolutionBias)
        #expect(results[.gradInput]?.shape == [1, 12, 12])
    }

    @Test func everyStepOfEveryPhaseAddsUpToItsCell() throws {
        let set = try DigitSet(DigitSetConfiguration(size: 8, trainingCount: 10, testCount: 10, seed: 6))
        let shape = NetworkShape(imageSize: 8, filterCount: 2, kernelSize: 3, poolSize: 2, classCount: 10)
        let lesson = try NetworkLesson.lesson(network: TinyNetwork(shape: shape, seed: 6), sample: set.training[0], id: "d", title: "d")
        for phase in lesson.phases {
            guard let operation = phase.operation else { continue }
            let result = operation.result()
            for number in 0..<operation.stepCount {
                guard let step = operation.step(at: number) else { continue }
                let cell = result[step.targetIndex]
                #expect(abs(step.recomputedTotal() - cell) <= 1e-9 * max(1, abs(cell)), "\(phase.kind) step \(number)")
            }
        }
    }
}
