import Foundation
import TestSupport
import Testing

/// `cnn-tutor train` and `cnn-tutor digit` as a user runs them: epoch lines, saved weights, refusals, lessons.
@Suite struct TrainCommandTests {
    static let small = ["--training-images", "60", "--test-images", "20", "--size", "8"]

    @Test func trainingPrintsAnEpochLineAndSavesWeightsThatLoadBack() throws {
        let fixture = try TutorFixture()
        let trained = try fixture.run(["train", "--epochs", "2", "--save", "net.weights"] + Self.small)
        #expect(trained.status == 0, "\(trained.errors)")
        let lines = trained.output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("epoch ") }.count == 2)
        #expect(lines.contains { $0.hasPrefix("epoch 2/2  loss ") && $0.contains("test ") })
        #expect(trained.output.contains("learned filters"))
        #expect(trained.output.hasSuffix("saved the weights to net.weights\n"))
        let text = try String(contentsOfFile: fixture.path("net.weights"), encoding: .utf8)
        #expect(text.hasPrefix("cnn-tutor weights 1\nshape image 8 filters 4 kernel 3 pool 2 classes 10\n# trained 2 epoch(s)"))
        let measured = try fixture.run(["train", "--epochs", "0", "--load", "net.weights"] + Self.small)
        #expect(measured.status == 0)
        let last = try #require(lines.last { $0.hasPrefix("epoch 2/2") })
        let accuracy = try #require(last.components(separatedBy: "test ").last?.components(separatedBy: " %").first)
        #expect(measured.output.contains("test accuracy \(accuracy) %"), "the loaded weights measure as they did when saved")
    }

    @Test func anExistingFileIsKeptWithoutForceAndADamagedOneIsRefused() throws {
        let fixture = try TutorFixture()
        try "keep me\n".write(toFile: fixture.path("net.weights"), atomically: true, encoding: .utf8)
        let refused = try fixture.run(["train", "--epochs", "1", "--save", "net.weights"] + Self.small)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("net.weights already exists; use --force to replace it"))
        #expect(!refused.output.contains("epoch "), "refused before training, not after it")
        #expect(try String(contentsOfFile: fixture.path("net.weights"), encoding: .utf8) == "keep me\n")
        let damaged = try fixture.run(["train", "--epochs", "0", "--load", "net.weights"] + Self.small)
        #expect(damaged.status == 1)
        #expect(damaged.errors.contains("net.weights: not a cnn-tutor weights file"))
    }

    @Test func theReportHasEveryEpochAndTheWeightsThatWereSaved() throws {
        let fixture = try TutorFixture()
        let trained = try fixture.run(["train", "--epochs", "2", "--save", "net.weights", "--report", "run.json"] + Self.small)
        #expect(trained.status == 0, "\(trained.errors)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: fixture.path("run.json")))) as? [String: Any])
        let epochs = try #require(report["epochs"] as? [[String: Double]])
        #expect(epochs.map { $0["epoch"] } == [1, 2])
        // Each epoch line prints the mean loss to four decimals.
        for epoch in epochs {
            let loss = String(format: "%.4f", try #require(epoch["mean_loss"]))
            #expect(trained.output.contains("epoch \(Int(epoch["epoch"] ?? 0))/2  loss \(loss)"))
        }
        // The weights are the saved ones, value for value. Read from the text with Double(_:), which is exact
        // (Foundation's JSON parser on Linux may round the last digit).
        let text = try String(contentsOfFile: fixture.path("run.json"), encoding: .utf8)
        let reportedBias = try #require(text.components(separatedBy: "\"conv.bias\":").last?.split(separator: "]").first)
        let numbers = { (text: Substring) in text.split(whereSeparator: { " \n[,".contains($0) }).compactMap { Double($0) } }
        let saved = try String(contentsOfFile: fixture.path("net.weights"), encoding: .utf8)
        let savedBias = try #require(saved.components(separatedBy: "tensor conv.bias 4\n").last?.split(separator: "\n").first)
        #expect(numbers(savedBias).count == 4)
        #expect(numbers(savedBias) == numbers(reportedBias))
        #expect((report["weights"] as? [String: Any])?.keys.sorted() == ["conv.bias", "conv.weight", "dense.bias", "dense.weight"])
        let again = try fixture.run(["train", "--epochs", "1", "--report", "run.json"] + Self.small)
        #expect(again.status == 1 && again.errors.contains("run.json already exists; use --force to replace it"))
    }

    @Test func aDigitOpensAsALessonWithEverySum() throws {
        let fixture = try TutorFixture()
        let result = try fixture.run(["digit", "4", "--export", "json"] + Self.small)
        #expect(result.status == 0, "\(result.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(object?["kind"] as? String == "conv2d → relu → maxpool2d → flatten → linear → cross_entropy + backward")
        #expect((object?["steps"] as? [Any])?.isEmpty == false)
    }

    @Test func theTrainingLoopIsPrintedAsAProgram() throws {
        let fixture = try TutorFixture()
        for language in ["numpy", "pytorch"] {
            let result = try fixture.run(["train", "--code", language])
            #expect(result.status == 0)
            #expect(result.output.contains("for order in data[\"orders\"]:"), "\(language)")
        }
    }
}

/// The full-screen learning screens in a real terminal: keys answered while training, the pad, the terminal given
/// back on q and on a signal.
@Suite struct LearningScreenEndToEndTests {
    @Test func drawingFollowsTheKeysAndQRestoresTheTerminal() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["draw"] + TrainCommandTests.small)
        defer { session.kill() }
        #expect(session.waitFor("probabilities"))
        try session.sendKeys("d")
        #expect(session.waitFor("pen down"))
        try session.sendKeys("Up", "Up", "Up", "q")
        #expect(session.waitForExit() == 0)
        #expect(!session.isAlternateScreenOn(), "the terminal is back on its main screen")
    }

    @Test func theMousePaintsOnlyWithItsButtonDownAndIsReportedOnlyInThePad() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["draw"] + TrainCommandTests.small)
        defer { session.kill() }
        #expect(session.waitFor("probabilities"))
        #expect(session.isMouseReportingOn())
        // The 8×8 drawing starts at column 1, row 3, two columns a pixel. Events are spaced as a hand makes them
        // (curses merges a burst of reports into one).
        let strokes = [(0, 1, 3, false), (32, 3, 3, false), (32, 5, 3, false), (0, 5, 3, true), (35, 1, 9, false), (35, 3, 9, false)]
        for (button, column, row, release) in strokes {
            try session.sendMouse(button: button, column: column, row: row, release: release)
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(session.waitFor(" ██████▒▒"), "press and two drags painted pixels 1 to 3 of the top row")
        let rows = session.capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.count > 9 && !rows[9].contains("█") && !rows[9].contains("▒"), "moves with no button down paint nothing")
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
        #expect(!session.isMouseReportingOn(), "the terminal stops reporting the mouse when the pad closes")
    }

    @Test func qQuitsWhileTrainingAndASignalEndsItCleanly() throws {
        let fixture = try TutorFixture()
        let arguments = ["train", "--screen", "--epochs", "50", "--training-images", "200", "--test-images", "20", "--size", "8"]
        let session = try fixture.tmux(arguments)
        defer { session.kill() }
        #expect(session.waitFor("epoch 1  loss", timeout: .seconds(60)))
        try session.sendKeys("q")
        #expect(session.waitForExit(timeout: .seconds(5)) == 0, "q is answered within a slice, long before 50 epochs end")
        #expect(!session.isAlternateScreenOn())
        let second = try fixture.tmux(arguments)
        defer { second.kill() }
        #expect(second.waitFor("Training the tiny network"))
        second.sendSignal(SIGTERM)
        #expect(second.waitForExit(timeout: .seconds(5)) == 128 + SIGTERM)
        #expect(!second.isAlternateScreenOn())
    }
}
