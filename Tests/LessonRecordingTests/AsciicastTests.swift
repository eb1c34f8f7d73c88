import Foundation
import LessonFiles
import LessonModel
import LessonTestSupport
import LessonText
import SnapshotTesting
import TestSupport
import Testing
import TutorCore
import TutorRendering

@testable import LessonRecording

/// Recordings of lessons playing: a golden file, frames that replay to exactly what the player drew, timing
/// from the player's speed levels, and every step's sum on screen.
@Suite("Asciicast recordings")
struct AsciicastTests {
    /// A 3×3 ⊛ 2×2 convolution: four steps of four products, small enough for a golden file.
    static let small = """
        id: small-recording
        title: "3×3 ⊛ 2×2 for a recording"
        op: conv2d
        input: |
          1 2 0
          0 1 3
          2 1 1
        filters: |
          2  0
          1 -1
        bias: 3
        """
    static let smallOptions = RecordingOptions(size: TerminalSize(width: 60, height: 16), speedLevel: Speed.intervals.count - 1)

    @Test("a small lesson's recording matches its golden file")
    func golden() throws {
        let text = Asciicast(lesson: try LessonTestSupport.lesson(Self.small), options: Self.smallOptions).render().text
        assertSnapshot(of: text, as: .lines, named: "small-recording")
    }

    @Test("the same lesson and options always give the same bytes")
    func deterministic() throws {
        let lesson = try LessonTestSupport.builtin("max-pooling")
        #expect(Asciicast(lesson: lesson).render().text == Asciicast(lesson: try LessonTestSupport.builtin("max-pooling")).render().text)
    }

    @Test("the header is asciicast v2 with the chosen size and every line is an output event in time order")
    func format() throws {
        let options = RecordingOptions(size: TerminalSize(width: 100, height: 30))
        let (text, complete) = Asciicast(lesson: try LessonTestSupport.builtin("relu"), options: options).render()
        #expect(complete)
        let cast = try CastFile(text)
        #expect(cast.header["version"] as? Int == 2 && cast.header["width"] as? Int == 100 && cast.header["height"] as? Int == 30)
        #expect(cast.header["timestamp"] == nil)
        #expect(zip(cast.events, cast.events.dropFirst()).allSatisfy { $0.time <= $1.time })
        #expect(cast.events.first?.time == 0)
    }

    @Test("replayed, every event leaves on screen exactly the frame the player drew")
    func replaysToThePlayersFrames() throws {
        let lesson = try LessonTestSupport.lesson(Self.small)
        let (frames, _) = LessonPlayback.frames(of: lesson, options: Self.smallOptions)
        let cast = try CastFile(Asciicast(lesson: lesson, options: Self.smallOptions).render().text)
        var screen = ScreenReplay(width: 60, height: 16)
        var shown: [[String]] = []
        for event in cast.events.dropLast() {
            screen.apply(event.output)
            shown.append(screen.lines)
        }
        // Frames that change nothing write no event; every event is the next distinct frame.
        var distinct: [[String]] = []
        for frame in frames {
            let lines = (0..<frame.grid.height).map(frame.grid.line)
            if distinct.last != lines { distinct.append(lines) }
        }
        #expect(shown == distinct)
    }

    @Test("ticks come at the player's interval for the speed chosen", arguments: [0, 2, 5])
    func timing(level: Int) throws {
        let options = RecordingOptions(speedLevel: level, holdMilliseconds: 1000)
        let cast = try CastFile(Asciicast(lesson: try LessonTestSupport.builtin("relu"), options: options).render().text)
        let interval = Double(Speed.interval(level: level)) / 1000
        let times = cast.events.dropLast().map(\.time)
        for time in times {
            let ticks = time / interval
            #expect(abs(ticks - ticks.rounded()) < 1e-9, "\(time) s is not a whole number of \(interval) s ticks")
        }
        #expect(abs((cast.events.last?.time ?? 0) - ((times.last ?? 0) + 1)) < 1e-9)
    }

    @Test("every step's sum of every phase is on screen at some point", arguments: ["vertical-edges", "backward", "max-pooling"])
    func everySumIsShown(_ id: String) throws {
        let lesson = try LessonTestSupport.builtin(id)
        let options = RecordingOptions(size: TerminalSize(width: 100, height: 30), speedLevel: Speed.intervals.count - 1)
        let cast = try CastFile(Asciicast(lesson: lesson, options: options).render().text)
        var screen = ScreenReplay(width: 100, height: 30)
        var seen = Set<String>()
        for event in cast.events {
            screen.apply(event.output)
            seen.formUnion(screen.lines)
        }
        for phase in lesson.phases {
            guard let operation = phase.operation else { continue }
            let formatter = StepFormatter(phase: phase, glyphs: .unicode)
            for number in 0..<operation.stepCount {
                let step = try #require(operation.step(at: number))
                let equation = formatter.equation(step)
                #expect(seen.contains { $0.contains(equation) }, "\(id): \(equation)")
            }
        }
    }

    @Test("without colour only attribute escapes are written; with --ascii only ASCII characters")
    func colourAndASCII() throws {
        let lesson = try LessonTestSupport.lesson(Self.small)
        var options = Self.smallOptions
        options.color = false
        options.render = .ascii
        let text = Asciicast(lesson: lesson, options: options).render().text
        #expect((31...37).allSatisfy { !text.contains(";\($0)m") })
        #expect(text.contains("\\u001b[0;1m"))
        let events = try CastFile(text).events.map(\.output).joined()
        #expect(events.unicodeScalars.allSatisfy { $0.isASCII })
        let coloured = Asciicast(lesson: lesson, options: Self.smallOptions).render().text
        #expect(coloured.contains("\\u001b[0;1;7;32m"))
    }

    @Test("a recording longer than the limit stops there and says it is incomplete")
    func limit() throws {
        var options = RecordingOptions()
        options.limitMilliseconds = 2000
        let (text, complete) = Asciicast(lesson: try LessonTestSupport.builtin("vertical-edges"), options: options).render()
        #expect(!complete)
        let cast = try CastFile(text)
        #expect((cast.events.dropLast().last?.time ?? 99) <= 2)
    }
}
