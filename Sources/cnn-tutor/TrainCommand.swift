import ArgumentParser
import DigitPad
import Foundation
import Learning
import LessonCode
import NetworkFiles

/// The Python program `train --code` prints.
enum TrainingLanguage: String, ExpressibleByArgument, CaseIterable {
    case numpy, pytorch
}

/// What the digits and the network are made of: the options `train` and `digit` share.
struct DigitOptions: ParsableArguments {
    @Option(help: "The seed of the digits, the starting weights and the order of training.")
    var seed: UInt64 = 1

    @Option(help: "The side of each digit image in pixels (8 to 16).")
    var size = 12

    @Option(help: "Training images (balanced over the ten digits).")
    var trainingImages = 2000

    @Option(help: "Held-out test images.")
    var testImages = 500

    @Option(help: "Start from the weights in this file (see docs/WEIGHTS.md) instead of seeded ones.")
    var load: String?

    /// The digit set, or its problem on standard error and exit status 1.
    func digits() throws -> DigitSet {
        do {
            return try DigitSet(DigitSetConfiguration(size: size, trainingCount: trainingImages, testCount: testImages, seed: seed))
        } catch {
            Console.error("cnn-tutor: \(error)")
            throw ExitCode(1)
        }
    }

    /// The loaded network, or a seeded one for the digits' size; a loaded network must read images of that size.
    func network() throws -> TinyNetwork {
        var shape = NetworkShape.digits
        shape.imageSize = size
        guard let load else { return TinyNetwork(shape: shape, seed: seed) }
        do {
            let network = try NetworkFile.load(from: load)
            guard network.shape.imageSize == size else {
                Console.error(
                    "cnn-tutor: \(load) reads \(network.shape.imageSize)×\(network.shape.imageSize) images; use --size \(network.shape.imageSize)"
                )
                throw ExitCode(1)
            }
            return network
        } catch let error as NetworkFileError {
            Console.error("cnn-tutor: \(error)")
            throw ExitCode(1)
        }
    }
}

/// `cnn-tutor train`: the tiny network trained on synthetic digits, an epoch per line.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the tiny network (conv → ReLU → max pool → dense → softmax) on synthetic digits.",
        discussion: """
            The digits 0–9 are drawn from a small bitmap font with random size, slant, shift, pen width and noise \
            (seeded), with a held-out test set. Training prints the loss and accuracy of each epoch and the learned \
            filters. --save writes the weights (docs/WEIGHTS.md) atomically; --load starts from saved ones (with \
            --epochs 0, only measures them); --report writes the run as JSON (each epoch's loss and accuracies, the \
            final weights). --code prints the same training loop in NumPy or PyTorch, which replays \
            this run from the file --export-data writes.
            """)

    @OptionGroup var digits: DigitOptions

    @Option(help: "Passes over the training images (0 with --load: only measure the test accuracy).")
    var epochs = TrainingConfiguration().epochs

    @Option(help: "Images per SGD update.")
    var batchSize = TrainingConfiguration().batchSize

    @Option(help: "The learning rate η.")
    var learningRate = TrainingConfiguration().learningRate

    @Option(help: "Write the trained weights to this file.")
    var save: String?

    @Option(help: "Write the run as JSON: its settings, the loss and accuracies of each epoch and the final weights.")
    var report: String?

    @Flag(help: "Replace an existing file given to --save, --report or --export-data.")
    var force = false

    @Option(help: "Write the digits, starting weights and epoch orders as JSON for the --code programs, then stop.")
    var exportData: String?

    @Option(help: "Print the training loop as a Python program (numpy or pytorch) instead of training.")
    var code: TrainingLanguage?

    @Flag(help: "Train full screen: progress, epochs and filters redrawn between slices; d draws a digit, q quits.")
    var screen = false

    @OptionGroup var display: DisplayOptions

    mutating func run() throws {
        let configuration = TrainingConfiguration(epochs: epochs, batchSize: batchSize, learningRate: learningRate, seed: digits.seed)
        if let code {
            let shape = try digits.network().shape
            Console.write(
                code == .numpy
                    ? TrainingCode.numpy(shape: shape, configuration: configuration)
                    : TrainingCode.pytorch(shape: shape, configuration: configuration))
            return
        }
        // Before any training: finding out after minutes of it would waste them.
        try OutputFile.refuseExisting([save, report, exportData].compactMap { $0 }, force: force)
        let set = try digits.digits(), start = try digits.network()
        if let exportData {
            try OutputFile.write(TrainingCode.data(set, network: start, configuration: configuration), to: exportData, force: force)
            return
        }
        let (trained, history): (TinyNetwork, [EpochRecord])
        if screen {
            (trained, history) = try trainOnScreen(set: set, start: start, configuration: configuration)
        } else {
            let view = TrainingView(ascii: display.ascii, isTerminal: isatty(STDOUT_FILENO) == 1)
            Console.write(view.heading(set: set, network: start, configuration: configuration))
            (trained, history) = try train(set: set, start: start, configuration: configuration, view: view)
            Console.write(view.filters(trained))
        }
        if let report {
            let accuracy = (try? trained.accuracy(on: set.test)) ?? 0
            try OutputFile.write(
                TrainingReport.json(set: set, configuration: configuration, history: history, network: trained, testAccuracy: accuracy),
                to: report, force: force)
            Console.write("wrote the run to \(report)\n")
        }
        if let save {
            let accuracy = (try? trained.accuracy(on: set.test)) ?? 0
            let comments = [
                "trained \(epochs) epoch(s), batch \(batchSize), learning rate \(learningRate), seed \(digits.seed), "
                    + "\(set.training.count) digits \(digits.size)×\(digits.size)" + (digits.load.map { ", starting from \($0)" } ?? ""),
                "test accuracy \(PercentText.of(accuracy)) on \(set.test.count) held-out digits",
            ]
            do { try NetworkFile.save(trained, comments: comments, to: save, overwrite: force) } catch {
                Console.error("cnn-tutor: \(error)" + (error == .write(.exists(path: save)) ? "; use --force to replace it" : ""))
                throw ExitCode(1)
            }
            Console.write("saved the weights to \(save)\n")
        }
    }

    /// Trains slice by slice, redrawing the progress bar between slices, and prints each finished epoch.
    private func train(
        set: DigitSet, start: TinyNetwork, configuration: TrainingConfiguration, view: TrainingView
    ) throws -> (TinyNetwork, [EpochRecord]) {
        guard epochs > 0 else {
            Console.write(view.evaluation(accuracy: try start.accuracy(on: set.test), count: set.test.count))
            return (start, [])
        }
        var trainer: Trainer
        do { trainer = try Trainer(data: set, configuration: configuration, network: start) } catch {
            Console.error("cnn-tutor: \(error)")
            throw ExitCode(1)
        }
        let clock = ContinuousClock(), began = clock.now
        while !trainer.isFinished {
            let finished = try trainer.advance(samples: 64)
            for record in finished {
                let seconds =
                    Double(began.duration(to: clock.now).components.attoseconds) / 1e18
                    + Double(began.duration(to: clock.now).components.seconds)
                Console.write(view.epochLine(record, of: epochs, seconds: seconds))
            }
            if !trainer.isFinished { Console.write(view.progressBar(trainer.progress, epoch: trainer.epoch, of: epochs)) }
        }
        return (trainer.network, trainer.history)
    }

    /// Trains in the full-screen view until the student quits; the weights as trained when they quit are saved.
    private func trainOnScreen(
        set: DigitSet, start: TinyNetwork, configuration: TrainingConfiguration
    ) throws -> (TinyNetwork, [EpochRecord]) {
        let trainer: Trainer
        do { trainer = try Trainer(data: set, configuration: configuration, network: start) } catch {
            Console.error("cnn-tutor: \(error)")
            throw ExitCode(1)
        }
        var state = TrainingScreenState(trainer: trainer), trained = start
        try LearningSession.run(display: display.display) { terminal, ascii in
            let (ending, network) = LearningScreens.train(&state, samples: set.test, on: terminal, ascii: ascii)
            trained = network
            return ending
        }
        for record in state.trainer.history { Console.write(TrainingScreenView.epochLine(record) + "\n") }
        return (trained, state.trainer.history)
    }
}
