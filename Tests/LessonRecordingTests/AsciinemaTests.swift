import Foundation
import LessonTestSupport
import LessonText
import TestSupport
import Testing

@testable import LessonRecording

/// The recording played by the real asciinema (`asciinema cat`, in a pseudo-terminal made by `script`, since
/// asciinema opens /dev/tty): its output shows every sum of the lesson. Skipped when either is missing.
@Suite(.enabled(if: Asciinema.executable != nil && Asciinema.script != nil, "asciinema (or script) is not installed"))
struct AsciinemaTests {
    @Test("asciinema cat shows every sum of vertical-edges")
    func catShowsTheSums() throws {
        let lesson = try LessonTestSupport.builtin("vertical-edges")
        let folder = try TemporaryDirectory(prefix: "asciicast")
        let path = folder.path("vertical-edges.cast")
        try Asciicast(lesson: lesson).render().text.write(toFile: path, atomically: true, encoding: .utf8)
        let asciinema = try #require(Asciinema.executable), script = try #require(Asciinema.script)
        let run = try CleanProcess.run(
            script.path, arguments: ["-q", "-e", "-c", "\(asciinema.path) cat '\(path)'", "/dev/null"],
            environment: ["HOME": folder.path, "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        #expect(run.status == 0, "asciinema cat failed: \(run.errors)")
        // Each frame writes whole rows after a cursor move: split there and drop the colour escapes.
        let rows = Asciinema.rows(of: run.output)
        let phase = lesson.phases[0]
        let formatter = StepFormatter(phase: phase, glyphs: .unicode)
        let operation = try #require(phase.operation)
        for number in 0..<operation.stepCount {
            let equation = formatter.equation(try #require(operation.step(at: number)))
            #expect(rows.contains { $0.contains(equation) }, "not shown: \(equation)")
        }
    }
}

/// asciinema and util-linux's script, when installed.
enum Asciinema {
    static let executable = CleanProcess.executable(named: "asciinema")
    static let script = CleanProcess.executable(named: "script")

    /// Terminal output split at cursor moves, with other escapes removed.
    static func rows(of output: String) -> [String] {
        var rows: [String] = [], current = ""
        var scalars = output.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            guard scalar == "\u{1B}" else {
                current.unicodeScalars.append(scalar)
                continue
            }
            if scalars.first == "[" { scalars = scalars.dropFirst() }
            var command: Unicode.Scalar = " "
            while let next = scalars.first {
                scalars = scalars.dropFirst()
                if next.properties.isAlphabetic { command = next; break }
            }
            if command == "H" {
                rows.append(current)
                current = ""
            }
        }
        return rows + [current]
    }
}
