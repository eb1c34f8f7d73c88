import Foundation
import ImageFiles
import Testing

/// Pictures in the real terminal, read back from tmux with their colours (`capture-pane -e`), and picture
/// files from `export --pictures`. Every session waits for the first frame before it sends keys.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct PictureEndToEndTests {
    /// The first step's sum, on the first frame of the house lesson.
    static let firstFrame = "Z₁,₁,₁ = 210×1"

    @Test func aPictureLessonDrawsIn256ColoursAndTheFeatureMapInRedAndBlue() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "house-edges"], width: 100, height: 30)
        defer { session.kill() }
        #expect(session.waitFor(Self.firstFrame))
        let house = session.captureWithAttributes()
        // Half blocks whose two pixels are the sky, grey 210: the palette's nearest grey is 252 (208).
        #expect(house.contains("▀"))
        #expect(house.contains("38;5;252") && house.contains("48;5;252"))
        try session.sendKeys("G")
        #expect(session.waitFor("step 7688/7688"))
        // The whole G_y map is drawn: its strongest responses, ±700, are full red (196) and full blue (21).
        #expect(
            TmuxSession.waitUntil(timeout: .seconds(10)) {
                let screen = session.captureWithAttributes()
                return screen.contains("38;5;196") && screen.contains("38;5;21m")
            })
        try session.sendKeys("i")
        #expect(session.waitFor("i picture"))
        #expect(!session.captureWithAttributes().contains("38;5;252"))
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
    }

    /// The house lesson at the last step of its first phase (both maps computed, the G_y map shown), with `extra` environment.
    static func houseWithTheFirstMapDrawn(_ fixture: TutorFixture, extra: [String: String]) throws -> TmuxSession {
        let session = try fixture.tmux(["play", "house-edges"], width: 100, height: 30, extra: extra)
        #expect(session.waitFor(Self.firstFrame))
        try session.sendKeys("G")
        #expect(session.waitFor("step 7688/7688"))
        return session
    }

    @Test func noColorDrawsShadesWithoutAnyColour() throws {
        let fixture = try TutorFixture()
        let session = try Self.houseWithTheFirstMapDrawn(fixture, extra: ["NO_COLOR": "1"])
        defer { session.kill() }
        let screen = session.captureWithAttributes()
        #expect(!screen.contains("38;5;") && !screen.contains("[31m") && !screen.contains("[34m"))
        // The sky as ▓ (210 of 255), negative responses as dots and positive ones as blocks.
        #expect(screen.contains("▓▓▓") && screen.contains("●") && screen.contains("█"))
        #expect(!screen.contains("▀"))
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
    }

    @Test func eightColoursDrawShadesAndColourOnlyTheSign() throws {
        let fixture = try TutorFixture()
        let session = try Self.houseWithTheFirstMapDrawn(fixture, extra: ["TERM": "xterm"])
        defer { session.kill() }
        let screen = session.captureWithAttributes()
        #expect(!screen.contains("38;5;") && !screen.contains("▀"))
        #expect(screen.contains("●") && screen.contains("[34m") && screen.contains("[31m"))
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
    }

    @Test func asciiDrawsACharacterRamp() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "house-edges", "--ascii"], width: 100, height: 30)
        defer { session.kill() }
        #expect(session.waitFor("Z[1,1,1] = 210x1"))
        let screen = session.capture()
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(screen.contains("#####") && screen.contains("0 .:=+#% 255"))
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
    }

    @Test func exportWritesEveryResultAsAPNGLinkedFromTheMarkdown() throws {
        let fixture = try TutorFixture()
        let result = try fixture.run(["export", "vertical-edges", "--format", "markdown", "--pictures", "pictures", "-o", "edges.md"])
        #expect(result.status == 0, "\(result.errors)")
        let markdown = try String(contentsOfFile: fixture.path("edges.md"), encoding: .utf8)
        #expect(markdown.contains("![X, 6×6, 0 … 9 (black … white)](pictures/vertical-edges-input.png)"))
        #expect(markdown.contains("![Z, 4×4, −16 … 0 … 16 (blue, white, red)](pictures/vertical-edges-phase1.png)"))
        // X is 6×6 values of 21×21 pixels; X₁,₁ = 3 of 0 … 9 is grey 85.
        let input = try ImageFile.read(fixture.path("pictures/vertical-edges-input.png"))
        #expect(input.width == 126 && input.channels == .grey && input.sample(row: 0, column: 0, channel: 0) == 85)
        // Z₁,₁ = −5 of ±16: a light blue, 255 · (1 − 40/127) = 175 in red and green.
        let output = try ImageFile.read(fixture.path("pictures/vertical-edges-phase1.png"))
        #expect(output.channels == .rgb && (0..<3).map { output.sample(row: 0, column: 0, channel: $0) } == [175, 175, 255])
        let again = try fixture.run(["export", "vertical-edges", "--format", "markdown", "--pictures", "pictures", "-o", "other.md"])
        #expect(again.status == 1 && again.errors.contains("already exists"))
        let text = try fixture.run(["export", "vertical-edges", "--pictures", "pictures"])
        #expect(text.status != 0 && text.errors.contains("--pictures needs --format markdown"))
    }
}
