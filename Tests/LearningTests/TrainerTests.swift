import CNNEngine
import Learning
import Testing

/// Training: deterministic, the same however it is sliced, the update rule as stated, and it learns.
@Suite struct TrainerTests {
    static let data: DigitSet = {
        (try? DigitSet(DigitSetConfiguration(trainingCount: 60, testCount: 30, seed: 12))) ?? { fatalError("digit set") }()
    }()

    @Test func twoRunsGiveTheSameWeightsAndRecordsBitForBit() throws {
        let configuration = TrainingConfiguration(epochs: 2, batchSize: 7, learningRate: 0.1, seed: 5)
        var first = try Trainer(data: Self.data, configuration: configuration)
        var second = try Trainer(data: Self.data, configuration: configuration)
        #expect(try first.run() == second.run())
        #expect(first.network == second.network)
    }

    @Test(arguments: [1, 7, 13, 60, 1000])
    func slicingDoesNotChangeTheResult(slice: Int) throws {
        let configuration = TrainingConfiguration(epochs: 2, batchSize: 8, learningRate: 0.05, seed: 3)
        var whole = try Trainer(data: Self.data, configuration: configuration)
        let records = try whole.run()
        var sliced = try Trainer(data: Self.data, configuration: configuration)
        var collected: [EpochRecord] = []
        while !sliced.isFinished { collected += try sliced.advance(samples: slice) }
        #expect(collected == records)
        #expect(sliced.network == whole.network)
        #expect(sliced.progress == 1)
    }

    @Test func oneFullBatchEpochIsOneStepDownTheMeanGradient() throws {
        // Batch = the whole training set: after one epoch, θ = θ₀ − η · (1/n) Σ ∂L_i/∂θ₀, computed here from the
        // network's own per-image gradients.
        let configuration = TrainingConfiguration(epochs: 1, batchSize: Self.data.training.count, learningRate: 0.3, seed: 9)
        var trainer = try Trainer(data: Self.data, configuration: configuration)
        let start = trainer.network
        var sum = NetworkParameters(zerosFor: start.shape)
        var lossSum = 0.0
        for sample in Self.data.training {
            let (loss, gradients) = try start.forward(sample.image).backward(label: sample.label)
            sum.add(gradients)
            lossSum += loss
        }
        let count = Double(Self.data.training.count)
        let records = try trainer.run()
        for (trained, (initial, gradient)) in zip(trainer.network.parameters.tensors, zip(start.parameters.tensors, sum.tensors)) {
            let expected = zip(initial.scalars, gradient.scalars).map { $0 - 0.3 * $1 / count }
            let worst = zip(trained.scalars, expected).map { abs($0 - $1) }.max() ?? 0
            #expect(worst < 1e-12)
        }
        #expect(abs((records.first?.meanLoss ?? 0) - lossSum / Double(Self.data.training.count)) < 1e-12)
    }

    @Test func itLearnsWellAboveChance() throws {
        let data = try DigitSet(DigitSetConfiguration(trainingCount: 400, testCount: 200, seed: 31))
        var trainer = try Trainer(data: data, configuration: TrainingConfiguration(epochs: 3, seed: 31))
        let records = try trainer.run()
        #expect(records.count == 3)
        #expect(records[2].meanLoss < records[0].meanLoss)
        #expect(records[2].testAccuracy > 0.5, "chance is 0.1")
    }

    @Test func settingsThatCannotTrainAreRefused() {
        #expect(throws: Trainer.SetupError.self) { try Trainer(data: Self.data, configuration: TrainingConfiguration(epochs: 0)) }
        #expect(throws: Trainer.SetupError.self) { try Trainer(data: Self.data, configuration: TrainingConfiguration(learningRate: -1)) }
        var shape = NetworkShape.digits
        shape.imageSize = 10
        #expect(throws: Trainer.SetupError.imageSize(images: 12, network: 10)) {
            try Trainer(data: Self.data, configuration: TrainingConfiguration(), network: TinyNetwork(shape: shape, seed: 1))
        }
    }
}
