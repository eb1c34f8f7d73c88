import Foundation
import TestSupport
import Testing

/// Storms of resizes, tiny terminals, signals at random moments, and writes killed halfway.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct RobustnessTests {
    @Test func aStormOfResizesDuringAnimationNeverCrashes() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "multichannel-one-filter"])
        defer { session.kill() }
        #expect(session.waitFor("= −3"))
        try session.sendKeys("+", "+", "+", "p")
        var generator = SeededGenerator(named: "resize storm")
        for _ in 0..<40 {
            try session.resize(width: Int.random(in: 1...140, using: &generator), height: Int.random(in: 1...45, using: &generator))
        }
        try session.resize(width: 80, height: 24)
        #expect(session.waitFor("phase 1/1"), "\(generator.seedDescription)")
        // Still running and answering keys: help opens on `?`.
        try session.sendKeys("?")
        #expect(session.waitFor("any key closes"), "\(generator.seedDescription)")
        #expect(session.exitStatus == nil, "\(generator.seedDescription)")
        // The first q closes help, the second quits.
        try session.sendKeys("q")
        #expect(session.waitFor("phase 1/1"))
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
        #expect(!session.isAlternateScreenOn())
    }

    @Test(arguments: [(1, 1), (2, 2), (5, 3), (20, 5), (59, 15)])
    func tinyTerminalsShowWhatTheyCanAndQuitCleanly(width: Int, height: Int) throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "backward"], width: width, height: height)
        defer { session.kill() }
        // Regression (flaky): keys sent once the alternate screen was on could still be discarded with curses'
        // start-up type-ahead, and a lost `?` left `q` to quit the player. Wait for the first frame's text.
        #expect(
            TmuxSession.waitUntil(timeout: .seconds(10)) {
                session.isAlternateScreenOn() && session.capture().contains { !$0.isWhitespace }
            })
        try session.sendKeys("Right", "p", "?", "q")
        // q closed help; grow the pane: the tutor must still be running and redraw at the new size.
        try session.resize(width: 80, height: 24)
        #expect(session.waitFor("phase"))
        #expect(session.exitStatus == nil)
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
        #expect(!session.isAlternateScreenOn())
    }

    @Test(arguments: 0..<6)
    func aSignalAtARandomMomentRestoresTheTerminal(round: Int) throws {
        var generator = SeededGenerator(named: "signal round \(round)")
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "backward-stride-two"])
        defer { session.kill() }
        #expect(session.waitFor("phase 1/4"))
        let signals = [SIGTERM, SIGHUP, SIGINT]
        let signal = signals[round % signals.count]
        try session.sendKeys("+", "+", "+", "+", "p")
        usleep(UInt32.random(in: 0...400_000, using: &generator))
        if round % 2 == 0 { try session.resize(width: 100, height: 30) }
        session.sendSignal(signal)
        #expect(session.waitForExit() == 128 + signal, "\(generator.seedDescription)")
        #expect(!session.isAlternateScreenOn(), "\(generator.seedDescription)")
    }
}

/// Writes killed halfway leave the old file or the new one, never a part.
@Suite struct InterruptedWriteTests {
    /// A lesson large enough that its transcript takes a while to write.
    static let bigLesson: String = {
        let rows = (0..<24).map { row in (0..<24).map { String(($0 * 7 + row * 3) % 10) }.joined(separator: " ") }
        return "id: big\ntitle: Big\nop: conv2d\ninput: |\n" + rows.map { "  " + $0 }.joined(separator: "\n")
            + "\nfilters: |\n  1 0 -1\n  1 0 -1\n  1 0 -1\n"
    }()

    @Test func exportKilledAtRandomMomentsLeavesTheOldOrTheNewFile() throws {
        let fixture = try TutorFixture()
        try Self.bigLesson.write(toFile: fixture.path("big.yaml"), atomically: true, encoding: .utf8)
        let complete = try fixture.run(["export", "big.yaml"]).output
        #expect(complete.count > 10_000)
        let target = fixture.path("out.txt")
        for round in 0..<12 {
            try "OLD".write(toFile: target, atomically: true, encoding: .utf8)
            let pid = try Self.spawn(fixture, ["export", "big.yaml", "-o", "out.txt", "--force"])
            usleep(UInt32(round) * 4_000)
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let now = try String(contentsOfFile: target, encoding: .utf8)
            #expect(now == "OLD" || now == complete, "round \(round): a partial file of \(now.count) characters")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path).filter { $0.hasSuffix(".tmp") }
        // A killed writer may leave its temporary file; never the target itself in part.
        #expect(leftovers.allSatisfy { $0.hasPrefix(".out.txt.") })
    }

    @Test func progressKilledAtRandomMomentsStaysReadable() throws {
        let fixture = try TutorFixture()
        #expect(try fixture.run(["progress", "--reset"]).status == 0)
        for round in 0..<12 {
            let pid = try Self.spawn(fixture, ["progress", "--reset", "vertical-edges"])
            usleep(UInt32(round) * 1_000)
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let listing = try fixture.run(["progress"])
            #expect(!listing.errors.contains("damaged"), "round \(round): \(listing.errors)")
        }
    }

    /// Starts `cnn-tutor arguments…` in the fixture's folder without waiting.
    static func spawn(_ fixture: TutorFixture, _ arguments: [String]) throws -> pid_t {
        let script =
            "cd \(TmuxSession.shellQuoted(fixture.directory.path)) && exec \(TmuxSession.envCommand([fixture.binary.path] + arguments, environment: fixture.environment)) >/dev/null 2>&1 </dev/null"
        var pid = pid_t()
        let words: [String] = ["/bin/sh", "-c", script]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let code = posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ)
        guard code == 0 else { throw TutorFixture.FixtureError("spawn failed: \(code)") }
        return pid
    }
}
