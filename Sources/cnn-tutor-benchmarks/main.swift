import Foundation
import LessonExport
import LessonFiles
import LessonModel
import TutorCore
import TutorRendering

// cnn-tutor-benchmarks: prints the speed and memory figures of README's table.
// Run from a release build: `swift build -c release && .build/release/cnn-tutor-benchmarks [SECTION…]`.

let arguments = CommandLine.arguments
let executable = URL(fileURLWithPath: arguments[0]).resolvingSymlinksInPath()
let productsDirectory = executable.deletingLastPathComponent()

/// Child modes: a trivial program that prints the marker, and the memory probe.
if arguments.count > 1 && arguments[1] == "--trivial" {
    print("cnn-tutor · lessons")
    _ = readLine()
    exit(0)
}
if arguments.count > 1 && arguments[1] == "--memory-probe" {
    let lesson = try BenchLessons.convolution(channels: 3, size: 512)
    var state = TutorState(playing: lesson, menuLessons: [], size: TerminalSize(width: 200, height: 60))
    _ = Tutor.update(&state, .key(.character("G")))
    let grid = Renderer.render(state)
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("\(usage.ru_maxrss) \(state.player?.stepIndex ?? -1) \(grid.cells.count)")
    exit(0)
}

guard let sections = BenchSection.selected(by: Array(arguments.dropFirst())) else { exit(2) }
var report = Report()
var memoryRow: (String, String, Bool)?
if sections.contains(.memory) {
    // 5. Peak memory stepping to the last step of a 3×512×512 lesson, in a child process, measured first: Linux counts
    // the parent's resident size at the spawn in the child's peak (posix_spawn shares the parent's memory until exec).
    let probe = Process()
    probe.executableURL = executable
    probe.arguments = ["--memory-probe"]
    let pipe = Pipe()
    probe.standardOutput = pipe
    try probe.run()
    let probeOutput = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    probe.waitUntilExit()
    if let kilobytes = probeOutput.split(separator: " ").first.flatMap({ Double($0) }) {
        let megabytes = kilobytes / 1024
        memoryRow = ("peak memory, last step of a 3×512×512 lesson", String(format: "%.1f MB", megabytes), megabytes <= 50)
    }
}

let environment = [
    "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(),
    "XDG_STATE_HOME": NSTemporaryDirectory() + "cnn-tutor-bench-state",
]

if sections.contains(.start) {
    // 1. Start to first frame of the menu and of a picture lesson (its PNG decoded, the chain computed, drawn in
    // picture view), against a trivial program started the same way, in the same rounds.
    let trivial = StartBenchmark.Program(arguments: [executable.path, "--trivial"], marker: "lessons", quit: "\n")
    StartBenchmark.report(
        into: &report, tutorPath: productsDirectory.appendingPathComponent("cnn-tutor").path, trivial: trivial,
        environment: environment)
}

if sections.contains(.step) {
    // 2. Update + render per step.
    let small = BuiltinLessons.all().first { $0.id == "vertical-edges" }
    let large = try BenchLessons.convolution(channels: 1, size: 256)
    for (name, lesson) in [("6×6", small), ("256×256", large)] {
        guard let lesson else { continue }
        for (width, height) in [(80, 24), (200, 60)] {
            let time = StepBenchmark.millisecondsPerStep(lesson, width: width, height: height, steps: 300)
            report.add("step update+render, \(name) lesson, \(width)×\(height)", Measure.format(time), target: "≤ 0.5 ms", met: time <= 0.5)
        }
    }

    // 2b. The same in picture view on a 512×512 lesson: fitted to the screen, and at 1:1 following the window.
    let picture = try BenchLessons.convolution(channels: 1, size: 512)
    let zooms = [("fit", [Key.character("i")]), ("1:1", [Key.character("i"), .character("z")])]
    for (zoom, keys) in zooms {
        let time = StepBenchmark.millisecondsPerStep(picture, width: 200, height: 60, steps: 300, keys: keys)
        let name = "step update+render, picture view (\(zoom)), 512×512 lesson, 200×60"
        report.add(name, Measure.format(time), target: "≤ 0.5 ms", met: time <= 0.5)
    }

    // 2c. The same picture steps as the student gets them: including the curses draw, on a pseudo-terminal.
    for (zoom, keys) in zooms {
        let name = "step with the curses draw, picture view (\(zoom)), 512×512 lesson, 200×60"
        if let time = DrawnStepBenchmark.millisecondsPerStep(picture, width: 200, height: 60, steps: 300, keys: keys) {
            report.add(name, Measure.format(time), target: "≤ 0.5 ms", met: time <= 0.5)
        } else {
            report.add(name, "no pseudo-terminal", target: "≤ 0.5 ms", met: nil)
        }
    }
}

if sections.contains(.export) {
    // 3. Export (parse + text transcript). The 18 lessons of the seeds' worked examples (files 01–18) keep the budget
    // they were given together; each later lesson (new layers, learning) gets that budget on its own, and a picture
    // lesson of thousands of steps a cost per step.
    let steps = { (lesson: Lesson) in lesson.phases.reduce(0) { $0 + $1.stepCount } }
    let seedLessonCount = 18
    func exportMilliseconds(_ ids: [String], runs: Int) -> (time: Double, bytes: Int) {
        var bytes = 0
        let time = Measure.medianMilliseconds(runs: runs) {
            bytes = 0
            for id in ids {
                guard let lesson = try? BuiltinLessons.lesson(id: id)?.get() else { continue }
                bytes += Transcript(lesson: lesson).render(.text).utf8.count
            }
        }
        precondition(bytes > 0)
        return (time, bytes)
    }
    let seedExport = exportMilliseconds(BuiltinLessons.entries.prefix(seedLessonCount).map(\.id), runs: 5)
    report.add("export of the 18 seed lessons (01–18)", Measure.format(seedExport.time), target: "≤ 50 ms", met: seedExport.time <= 50)
    let later = BuiltinLessons.all().dropFirst(seedLessonCount)
    let slowest = later.filter { steps($0) <= 2000 }.map { (id: $0.id, export: exportMilliseconds([$0.id], runs: 3)) }
        .max { $0.export.time < $1.export.time }
    if let slowest {
        let name = "export of the slowest later lesson of ≤ 2 000 steps (\(slowest.id))"
        report.add(name, Measure.format(slowest.export.time), target: "≤ 50 ms", met: slowest.export.time <= 50)
    }
    for lesson in later where steps(lesson) > 2000 {
        let export = exportMilliseconds([lesson.id], runs: 3)
        let perStep = export.time * 1000 / Double(steps(lesson))
        let measured = "\(Measure.format(export.time)), \(String(format: "%.1f", perStep)) µs per step"
        let name = "export of \(lesson.id) (\(steps(lesson)) steps, \(export.bytes / 1000) kB)"
        report.add(name, measured, target: "≤ 50 µs per step", met: perStep <= 50)
    }
}

if sections.contains(.engine) {
    // 4. Engine against naive NumPy, and against PyTorch on one thread (found through $CNN_TUTOR_PYTHON, else python3).
    for benchmark in EngineBenchmark.numpyCases {
        let swiftTime = try EngineBenchmark.swiftMilliseconds(benchmark)
        let name = "engine fwd+bwd \(benchmark.name)"
        if let numpyTime = EngineBenchmark.numpyMilliseconds(benchmark) {
            let ratio = numpyTime / swiftTime
            let measured = "\(Measure.format(swiftTime)) vs NumPy \(Measure.format(numpyTime)) (\(String(format: "%.0f", ratio))× faster)"
            report.add(name, measured, target: "faster than naive NumPy", met: ratio > 1)
        } else {
            report.add(name, Measure.format(swiftTime), target: "faster than naive NumPy (python3+numpy missing)", met: nil)
        }
    }
    let torchTimes = EngineBenchmark.torchMilliseconds(EngineBenchmark.torchCases)
    for (number, benchmark) in EngineBenchmark.torchCases.enumerated() {
        let swiftTime = try EngineBenchmark.swiftMilliseconds(benchmark)
        let name = "engine vs PyTorch (1 thread), \(benchmark.name)"
        if let torchTime = torchTimes?[number] {
            let ratio = swiftTime / torchTime
            let measured = "\(Measure.format(swiftTime)) vs \(Measure.format(torchTime)) = \(String(format: "%.2f", ratio))×"
            report.add(name, measured, target: "≤ 2× PyTorch", met: ratio <= 2)
        } else {
            report.add(name, "\(Measure.format(swiftTime)) (PyTorch not installed)", target: "≤ 2× PyTorch", met: nil)
        }
    }

}

if sections.contains(.learning) {
    // 6. Training the tiny network on the synthetic digits, slice by slice as the full-screen view does.
    LearningBenchmark.report(into: &report)

}

if let (name, value, met) = memoryRow { report.add(name, value, target: "≤ 50 MB", met: met) }
report.print()
