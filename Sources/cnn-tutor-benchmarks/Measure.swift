import Foundation

/// Timing helpers.
enum Measure {
    /// Median wall time of `runs` calls of `body`, in milliseconds.
    static func medianMilliseconds(runs: Int, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            body()
            samples.append(milliseconds(start.duration(to: clock.now)))
        }
        return samples.sorted()[samples.count / 2]
    }

    /// A duration in milliseconds.
    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    /// `0.123 ms` or `12.3 ms`.
    static func format(_ milliseconds: Double) -> String {
        milliseconds < 1 ? String(format: "%.3f ms", milliseconds) : String(format: "%.1f ms", milliseconds)
    }
}

/// The printed table: one row per figure with its target and whether it is met.
struct Report {
    private var rows: [(String, String, String, String)] = []

    mutating func add(_ name: String, _ value: String, target: String, met: Bool?) {
        rows.append((name, value, target, met.map { $0 ? "yes" : "NO" } ?? ""))
    }

    func print() {
        let header = ("figure", "measured", "target", "met")
        let all = [header] + rows
        let widths = [all.map(\.0.count).max() ?? 0, all.map(\.1.count).max() ?? 0, all.map(\.2.count).max() ?? 0]
        for row in all {
            Swift.print(
                row.0.padding(toLength: widths[0], withPad: " ", startingAt: 0) + "  "
                    + row.1.padding(toLength: widths[1], withPad: " ", startingAt: 0) + "  "
                    + row.2.padding(toLength: widths[2], withPad: " ", startingAt: 0) + "  " + row.3)
        }
    }
}
