import Foundation
import LessonModel
import TerminalBackend
import TutorCore
import TutorRendering

/// A step as the student gets it: update, render and the curses draw, on a pseudo-terminal of the given size.
/// The benchmark's standard input and output are the pseudo-terminal's while it runs (curses draws on them);
/// another thread reads what the terminal is sent, as a terminal emulator would.
enum DrawnStepBenchmark {
    /// Mean milliseconds per step, nil if the pseudo-terminal or curses could not be set up.
    static func millisecondsPerStep(_ lesson: Lesson, width: Int, height: Int, steps: Int, keys: [Key]) -> Double? {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { return nil }
        let reader = Thread { [master] in
            var buffer = [UInt8](repeating: 0, count: 65536)
            while read(master, &buffer, buffer.count) > 0 {}
        }
        reader.start()
        let savedInput = dup(STDIN_FILENO), savedOutput = dup(STDOUT_FILENO)
        dup2(slave, STDIN_FILENO)
        dup2(slave, STDOUT_FILENO)
        defer {
            dup2(savedInput, STDIN_FILENO)
            dup2(savedOutput, STDOUT_FILENO)
            for descriptor in [savedInput, savedOutput, slave, master] { close(descriptor) }
        }
        setenv("TERM", "xterm-256color", 1)
        guard let terminal = try? Terminal.open(options: TerminalOptions(useColor: true)) else { return nil }
        defer { terminal.close() }
        let options = (terminal.unicode ? RenderOptions.unicode : .ascii).picturing(terminal.pictureStyle)
        return StepBenchmark.millisecondsPerStep(
            lesson, width: terminal.size.width, height: terminal.size.height, steps: steps, keys: keys, options: options,
            present: terminal.draw)
    }
}
