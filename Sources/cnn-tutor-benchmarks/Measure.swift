import Foundation

/// Timing helpers.
enum Measure {
    /// Whether in-process figures count this thread's CPU time rather than wall time
    /// (`CNN_TUTOR_BENCH_CPU_TIME=1`): on a machine shared with other work, wall time measures the load.
    static let countsCPUTime = ProcessInfo.processInfo.environment["CNN_TUTOR_BENCH_CPU_TIME"] == "1"

    /// Median time of `runs` calls of `body` (wall time, or CPU time with `countsCPUTime`), in milliseconds.
    static func medianMilliseconds(runs: Int, _ body: () -> Void) -> Double {
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = now()
            body()
            samples.append(now() - start)
        }
        return samples.sorted()[samples.count / 2]
    }

    /// Milliseconds on the clock in use.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(countsCPUTime ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
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
