import Foundation

/// Start to first frame: programs started in a pseudo-terminal, timed until their first frame's text shows.
enum StartBenchmark {
    /// One program to start: its arguments, the text that means its first frame is drawn, what makes it exit.
    struct Program {
        let arguments: [String]
        let marker: String
        var quit = "q"
    }

    /// The median milliseconds of `rounds` starts of each program. Each round starts every program once, in turn,
    /// so a slow minute on a shared machine weighs on the baseline and the tutor alike. Nil for a program that
    /// never showed its marker.
    static func medianMilliseconds(of programs: [Program], rounds: Int, environment: [String: String]) -> [Double?] {
        var times = Array(repeating: [Double](), count: programs.count)
        for _ in 0..<rounds {
            for (index, program) in programs.enumerated() {
                let time = PseudoTerminal.millisecondsUntil(
                    program.marker, arguments: program.arguments, environment: environment, quit: program.quit)
                if let time { times[index].append(time) }
            }
        }
        return times.map { $0.isEmpty ? nil : $0.sorted()[$0.count / 2] }
    }

    /// The start rows of the report: the menu and a picture lesson, each against the trivial program.
    static func report(into report: inout Report, tutorPath: String, trivial: Program, environment: [String: String]) {
        let menu = Program(arguments: [tutorPath], marker: "lessons")
        let picture = Program(arguments: [tutorPath, "play", "house-edges"], marker: "Edges of a picture")
        let medians = medianMilliseconds(of: [trivial, menu, picture], rounds: 15, environment: environment)
        let rows = [
            (name: "start to first frame (pty, median of 15)", median: medians[1]),
            (name: "first frame of a picture lesson (play house-edges)", median: medians[2]),
        ]
        for row in rows {
            guard let baseline = medians[0], let time = row.median else {
                report.add(row.name, "could not run \(tutorPath)", target: "≤ 1.5× trivial", met: nil)
                continue
            }
            let ratio = time / baseline
            let measured = "\(Measure.format(time)) vs \(Measure.format(baseline)) = \(String(format: "%.2f", ratio))×"
            report.add(row.name, measured, target: "≤ 1.5× trivial", met: ratio <= 1.5)
        }
    }
}
