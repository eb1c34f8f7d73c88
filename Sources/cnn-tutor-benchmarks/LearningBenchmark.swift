import Foundation
import Learning

/// The tiny network's figures: time to reach 90 % test accuracy on the default digit set (generation included),
/// and the longest training slice a screen would wait for between frames; wall time, or this thread's CPU time
/// with `CNN_TUTOR_BENCH_CPU_TIME=1` (see `Measure`).
enum LearningBenchmark {
    /// How many images the player trains between two frames.
    static let sliceSamples = 64

    /// The figures of one training run with the default settings, trained slice by slice as the player does.
    struct Figures {
        /// From generating the digits to the end of the first epoch at ≥ 90 % test accuracy; nil if never.
        let millisecondsTo90: Double?
        /// The epoch that first reached 90 %.
        let epochTo90: Int?
        /// The test accuracy after the last epoch.
        let finalAccuracy: Double
        /// The whole run, every epoch.
        let totalMilliseconds: Double
        /// The longest single `advance(samples:)` call (an epoch's last slice also measures the test set).
        let longestSliceMilliseconds: Double
    }

    static func run() throws -> Figures {
        let start = Measure.now()
        let data = try DigitSet(DigitSetConfiguration())
        var trainer = try Trainer(data: data, configuration: TrainingConfiguration())
        var reached: (Double, Int)?
        var longest = 0.0
        while !trainer.isFinished {
            let sliceStart = Measure.now()
            let finished = try trainer.advance(samples: sliceSamples)
            longest = max(longest, Measure.now() - sliceStart)
            if reached == nil, let record = finished.first(where: { $0.testAccuracy >= 0.9 }) {
                reached = (Measure.now() - start, record.epoch)
            }
        }
        return Figures(
            millisecondsTo90: reached?.0, epochTo90: reached?.1, finalAccuracy: trainer.history.last?.testAccuracy ?? 0,
            totalMilliseconds: Measure.now() - start, longestSliceMilliseconds: longest)
    }

    /// Adds the figures to the report.
    static func report(into report: inout Report) {
        do {
            let figures = try run()
            let name = "tiny network to ≥ 90 % test accuracy (2,000 digits 12×12)"
            if let time = figures.millisecondsTo90, let epoch = figures.epochTo90 {
                report.add(name, "\(Measure.format(time)) (epoch \(epoch))", target: "≤ 10 s", met: time <= 10_000)
            } else {
                report.add(
                    name, String(format: "never (%.1f %% after all epochs)", figures.finalAccuracy * 100), target: "≤ 10 s", met: false)
            }
            let all = TrainingConfiguration().epochs
            report.add(
                "tiny network, all \(all) epochs",
                Measure.format(figures.totalMilliseconds) + String(format: ", %.1f %% test accuracy", figures.finalAccuracy * 100),
                target: "(for the record)", met: nil)
            report.add(
                "longest training slice (\(sliceSamples) images)", Measure.format(figures.longestSliceMilliseconds), target: "≤ 50 ms",
                met: figures.longestSliceMilliseconds <= 50)
        } catch {
            report.add("tiny network training", "failed: \(error)", target: "≤ 10 s", met: false)
        }
    }
}
