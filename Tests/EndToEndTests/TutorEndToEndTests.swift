import Foundation
import TestSupport
import Testing

/// The real tutor in tmux: what a student does, and the terminal always given back.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct TutorEndToEndTests {
    @Test func menuToTheEdgeLessonReadsMinusFiveStepsBackResizesExportsAndQuits() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux([])
        defer { session.kill() }
        #expect(session.waitFor("Vertical edges"))
        #expect(session.isAlternateScreenOn())
        try session.sendKeys("/", "e", "d", "g", "e", "s", "Enter")
        #expect(session.waitFor("= −5"))
        #expect(session.capture().contains("Z₁,₁ = 3×1 + 0×0 + 1×(−1)"))
        try session.sendKeys("Right")
        #expect(session.waitFor("step 2/16"))
        #expect(session.waitFor("= −4"))
        try session.sendKeys("Left")
        #expect(session.waitFor("step 1/16"))
        try session.resize(width: 40, height: 10)
        #expect(session.waitFor("Terminal too small"))
        try session.resize(width: 120, height: 40)
        #expect(session.waitFor("= −5"))
        try session.sendKeys("e", "Enter")
        #expect(session.waitFor("Transcript written to vertical-edges.txt"))
        let transcript = try String(contentsOfFile: fixture.path("vertical-edges.txt"), encoding: .utf8)
        #expect(transcript.contains("Z₁,₁ = 3×1 + 0×0 + 1×(−1) + 1×1 + 5×0 + 8×(−1) + 2×1 + 7×0 + 2×(−1)"))
        try session.sendKeys("e", "Enter")
        #expect(session.waitFor("exists. Overwrite it?"))
        try session.sendKeys("n", "q", "q")
        #expect(session.waitForExit() == 0)
        #expect(!session.isAlternateScreenOn())
    }

    @Test(arguments: ["C-c", "SIGTERM", "SIGHUP", "SIGINT"])
    func everyWayOutRestoresTheTerminal(way: String) throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "vertical-edges"])
        defer { session.kill() }
        #expect(session.waitFor("= −5"))
        try session.sendKeys("p")
        switch way {
        case "SIGTERM": session.sendSignal(SIGTERM)
        case "SIGHUP": session.sendSignal(SIGHUP)
        case "SIGINT": session.sendSignal(SIGINT)
        default: try session.sendKeys(way)
        }
        let status = try #require(session.waitForExit())
        #expect(!session.isAlternateScreenOn())
        let expected: Int32 =
            switch way {
            case "SIGTERM": 128 + SIGTERM
            case "SIGHUP": 128 + SIGHUP
            case "SIGINT": 128 + SIGINT
            default: 0
            }
        #expect(status == expected)
    }

    @Test func aWideTerminalShowsEveryChannelAndEveryFilterMap() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "one-conv-layer"], width: 120, height: 40)
        defer { session.kill() }
        #expect(session.waitFor("Z filter 2 of 2 4×4"))
        for _ in 0..<17 { try session.sendKeys("Right") }
        #expect(session.waitFor("step 18/32"))
        let screen = session.capture()
        for label in ["X channel 1/3", "X channel 2/3", "X channel 3/3", "Z filter 1 of 2 4×4", "[−13]"] {
            #expect(screen.contains(label), "\(label)")
        }
        #expect(ScreenText.values(under: "b", in: screen.components(separatedBy: "\n")) == ["1", "−1"], "each filter's bias beside it")
        // Filter 1's map is complete, its last cell −16, beside filter 2's map being filled.
        #expect(screen.contains("−1   −3   −7  −16"))
        try session.resize(width: 80, height: 24)
        #expect(session.waitFor("X channel 1/3 6×6     W filter 2 of 2 channel 1 3×3"))
        #expect(!session.capture().contains("Z filter 1 of 2"))
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
    }

    @Test func animationPlaysAndPausesOnTheRealClock() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "vertical-edges"])
        defer { session.kill() }
        #expect(session.waitFor("= −5"))
        try session.sendKeys("+", "+", "+", "p")
        #expect(session.waitFor("playing"))
        #expect(session.waitFor("step 3/16", timeout: .seconds(20)))
        try session.sendKeys("p")
        #expect(session.waitFor("paused"))
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
    }

    @Test func noColorStillMarksTheWindowWithReverseVideo() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "vertical-edges"], extra: ["NO_COLOR": "1"])
        defer { session.kill() }
        #expect(session.waitFor("= −5"))
        let screen = session.captureWithAttributes()
        #expect(screen.contains("\u{1B}[7m"))
        let colour = (0...7).contains { screen.contains("\u{1B}[3\($0)m") || screen.contains(";3\($0)m") }
        #expect(!colour, "a colour code was drawn with NO_COLOR")
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
    }

    @Test func asciiLocaleDrawsOnlyAscii() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "vertical-edges"], extra: ["LANG": "C", "LC_ALL": "C"])
        defer { session.kill() }
        #expect(session.waitFor("= -5"))
        #expect(session.capture().contains("Z[1,1] = 3x1 + 0x0 + 1x(-1)"))
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
    }

    @Test func practiceAsksAndDiagnosesTheFlippedKernel() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "vertical-edges", "--practice"])
        defer { session.kill() }
        #expect(session.waitFor("Your answer"))
        try session.sendKeys("5", "Enter")
        #expect(session.waitFor("Not 5. That is what you get with the kernel flipped"))
        // The question stays open: → gives up and shows the value, then q leaves.
        try session.sendKeys("Right")
        #expect(session.waitFor("Shown: the value is −5."))
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
    }

    @Test func progressIsSavedAndTheLessonOffersToResume() throws {
        let fixture = try TutorFixture()
        try fixture.leaveTheEdgeLessonAtStepFour()
        let listing = try fixture.run(["progress"])
        #expect(Self.row(of: "vertical-edges", in: listing.output) == "at phase 1, step 4")
        let second = try fixture.tmux([])
        defer { second.kill() }
        #expect(second.waitFor("Vertical edges"))
        try second.sendKeys("j", "j", "Enter")
        #expect(second.waitFor("Resume at phase 1, step 4?"))
        try second.sendKeys("y")
        #expect(second.waitFor("step 4/16"))
        try second.sendKeys("q", "q")
        #expect(second.waitForExit() == 0)
        #expect(try fixture.run(["progress", "--reset"]).status == 0)
        #expect(Self.row(of: "vertical-edges", in: try fixture.run(["progress"]).output) == "not started")
    }

    @Test func openingALessonFileFromTheMenuAndABrokenOne() throws {
        let fixture = try TutorFixture()
        try "id: mine\ntitle: My lesson\nop: relu\ninput: |\n  -1 2\n  3 -4\n".write(
            toFile: fixture.path("mine.yaml"), atomically: true, encoding: .utf8)
        try "id: broken\ntitle: x\nop: conv2d\ninput: [[1]]\n".write(toFile: fixture.path("broken.yaml"), atomically: true, encoding: .utf8)
        let session = try fixture.tmux([])
        defer { session.kill() }
        #expect(session.waitFor(" lessons ┐"))  // the menu's first frame (its count follows the catalogue)
        try session.sendKeys("o", "b", "r", "o", "k", "e", "n", ".", "y", "a", "m", "l", "Enter")
        #expect(session.waitFor("broken.yaml:3:5: error"))
        try session.sendKeys("o", "m", "i", "n", "e", ".", "y", "a", "m", "l", "Enter")
        #expect(session.waitFor("My lesson"))
        #expect(session.waitFor("Z₁,₁ = max(0, −1) = 0"))
        try session.sendKeys("q", "q")
        #expect(session.waitForExit() == 0)
    }

    /// What `progress` says of lesson `id`: its line without the id and the padding after it (the padding
    /// follows the longest id in the catalogue, so tests must not count it).
    static func row(of id: String, in listing: String) -> String? {
        listing.split(separator: "\n").first { $0.hasPrefix(id + " ") }.map { String($0.dropFirst(id.count).drop { $0 == " " }) }
    }
}
