import Foundation
import TestSupport
import Testing

/// The student's loop in the real binary: practice that asks again, progress that resumes, Ctrl-Z and `fg`, the
/// export prompt's paths.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct StudentEndToEndTests {
    /// An interactive bash (job control on) in the fixture's folder, with the fixture's environment, so Ctrl-Z
    /// stops the tutor and `fg` brings it back as at a real prompt.
    func shell(_ fixture: TutorFixture) throws -> TmuxSession {
        var environment = fixture.environment
        environment["PATH"] = "/usr/bin:/bin"
        environment["PS1"] = "shell$ "
        // `'env' NAME=value… 'bash' …` with a clean environment: `env -i NAME=value… bash …`.
        let bash = TmuxSession.envCommand(["bash", "--norc", "--noprofile", "-i"], environment: environment)
        return try TmuxSession(
            shellCommand: "cd \(TmuxSession.shellQuoted(fixture.directory.path)) && exec env -i\(bash.dropFirst("'env'".count))")
    }

    /// Types a command line at the shell.
    func run(_ arguments: [String], in session: TmuxSession, fixture: TutorFixture) throws {
        #expect(session.waitFor("shell$"))
        try session.sendKeys(([fixture.binary.path] + arguments).map(TmuxSession.shellQuoted).joined(separator: " "), "Enter")
    }

    @Test(arguments: [[], ["play", "vertical-edges"]])
    func ctrlZStopsTheTutorAndFgRedrawsIt(arguments: [String]) throws {
        let fixture = try TutorFixture()
        let session = try shell(fixture)
        defer { session.kill() }
        try run(arguments, in: session, fixture: fixture)
        let drawn = arguments.isEmpty ? "cnn-tutor · lessons" : "= −5"
        #expect(session.waitFor(drawn))
        try session.sendKeys("C-z")
        #expect(session.waitFor("Stopped"))
        #expect(TmuxSession.waitUntil(timeout: .seconds(10)) { !session.isAlternateScreenOn() })
        // Keys typed now go to the shell, not to the tutor.
        try session.sendKeys("echo at-the-shell-$((40 + 2)) | tee typed.txt", "Enter")
        #expect(session.waitFor("at-the-shell-42"))
        try session.sendKeys("fg", "Enter")
        #expect(session.waitFor(drawn))
        #expect(session.isAlternateScreenOn())
        #expect(session.capture().contains("cnn-tutor · "))
        // It still answers keys, and a second Ctrl-Z works as well.
        try session.sendKeys("?")
        #expect(session.waitFor("any key closes"))
        try session.sendKeys("q", "C-z")
        #expect(session.waitFor("Stopped"))
        try session.sendKeys("fg", "Enter")
        #expect(session.waitFor(drawn))
        try session.sendKeys("q")
        #expect(TmuxSession.waitUntil(timeout: .seconds(10)) { !session.isAlternateScreenOn() })
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path).filter { $0 != "state" }
        #expect(files == ["typed.txt"], "the tutor wrote \(files)")
    }

    /// The lesson is read on a second thread while the tutor gets ready, and must still be checked before the
    /// terminal is touched: a mistake is printed at the prompt, with no switch to the full screen and back.
    @Test func aLessonThatFailsToLoadLeavesTheTerminalUntouched() throws {
        let fixture = try TutorFixture()
        try "id: broken\ntitle: [unclosed\n".write(toFile: fixture.path("broken.yaml"), atomically: true, encoding: .utf8)
        let session = try shell(fixture)
        defer { session.kill() }
        let output = fixture.path("terminal-output.bin")
        #expect(session.waitFor("shell$"))
        try session.pipeOutput(to: output)
        try run(["play", "broken.yaml"], in: session, fixture: fixture)
        try session.sendKeys("echo status=$?", "Enter")
        #expect(session.waitFor("status=1"))
        #expect(session.capture(joiningWrappedLines: true).contains("broken.yaml:3:1: error: YAML syntax"))
        // The same shell, a lesson that loads: the tutor does switch to the full screen, so the check can fail.
        try run(["play", "relu"], in: session, fixture: fixture)
        #expect(session.waitFor("ReLU"))
        try session.sendKeys("q")
        try session.sendKeys("echo played=$?", "Enter")
        #expect(session.waitFor("played=0"))
        let sent = try String(contentsOfFile: output, encoding: .utf8)
        let parts = sent.components(separatedBy: "status=1")
        let fullScreen = "\u{1B}[?1049h"
        #expect(parts.count >= 2 && !parts[0].contains(fullScreen), "the failed start switched screens")
        #expect(parts.last?.contains(fullScreen) == true, "the good start did not switch screens")
    }

    @Test func practiceAsksAgainAfterAMissAndLettersDoNotLeave() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "vertical-edges", "--practice"])
        defer { session.kill() }
        #expect(session.waitFor("Your answer"))
        #expect(!session.capture(joiningWrappedLines: true).contains("= −5"))
        try session.sendKeys("5", "Enter")
        #expect(session.waitFor("Not 5. That is what you get with the kernel flipped"))
        #expect(session.waitFor("Hint: Window on rows 1 to 3, columns 1 to 3 of X."))
        // q and e are letters: the box ignores them instead of quitting or exporting.
        try session.sendKeys("q", "e")
        #expect(session.waitFor("The box takes a number."))
        #expect(session.exitStatus == nil)
        try session.sendKeys("-", "5", "Enter")
        #expect(session.waitFor("Right: −5, on try 2."))
        #expect(session.waitFor("= −5"))
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
    }

    @Test func plainPracticeAsksOnStandardInput() throws {
        let fixture = try TutorFixture()
        let session = try fixture.tmux(["play", "average-pooling", "--plain", "--practice"])
        defer { session.kill() }
        #expect(session.waitFor("Z₁,₁ = ?"))
        #expect(!session.capture(joiningWrappedLines: true).contains("9.5"))
        try session.sendKeys("38", "Enter")
        #expect(session.waitFor("That is the sum of the window; divide it by the 4 cells"))
        try session.sendKeys("19/2", "Enter")
        #expect(session.waitFor("Right: 9.5"))
        try session.sendKeys("q", "Enter")
        #expect(session.waitForExit() == 0)
    }

    @Test func plainPracticeReadsAnswersFromAPipe() throws {
        let fixture = try TutorFixture()
        let command = TmuxSession.envCommand([fixture.binary.path, "play", "average-pooling", "--plain", "--practice"])
        let result = try CleanProcess.run(
            "/bin/sh", arguments: ["-c", "printf '38\\n9.5\\n\\nq\\n' | \(command)"], environment: fixture.environment)
        #expect(result.status == 0)
        let output = result.output
        // Z₁,₁ = (4 + 8 + 16 + 10) / 4 = 9.5: asked before the narration's worked example is printed.
        let question = try #require(output.range(of: "Z₁,₁ = ?"))
        let example = try #require(output.range(of: "(4 + 8 + 16 + 10) / 4 = 9.5"))
        #expect(question.upperBound <= example.lowerBound)
        #expect(output.contains("Not 38. That is the sum of the window"))
        #expect(output.contains("Right: 9.5, on try 2."))
        #expect(output.contains("Shown: the value is 4.75."))
        #expect(output.contains("Practice: 0 of 2 right on the first try."))
    }

    @Test func playOffersToResumeAndOnlyYesOrNoAnswers() throws {
        let fixture = try TutorFixture()
        try fixture.leaveTheEdgeLessonAtStepFour()
        let second = try fixture.tmux(["play", "vertical-edges"])
        defer { second.kill() }
        #expect(second.waitFor("Resume at phase 1, step 4? [Y/n]"))
        try second.sendKeys("x", "Escape", "Right")
        #expect(second.waitFor("Resume at phase 1, step 4?"))
        try second.sendKeys("Enter")
        #expect(second.waitFor("step 4/16"))
        try second.sendKeys("q")
        #expect(second.waitForExit() == 0)
        #expect(TutorEndToEndTests.row(of: "vertical-edges", in: try fixture.run(["progress"]).output) == "at phase 1, step 4")
    }

    @Test func theExportPromptExpandsTildeShowsTheFolderAndKeepsAFailedPath() throws {
        let fixture = try TutorFixture()
        try FileManager.default.createDirectory(atPath: fixture.path("notes"), withIntermediateDirectories: true)
        // Wide enough for the scratch folder's long path.
        let session = try fixture.tmux(["play", "relu"], width: 160, height: 30)
        defer { session.kill() }
        #expect(session.waitFor("step 1/"))
        try session.sendKeys("e")
        #expect(session.waitFor("Goes to the folder \(fixture.directory.path)/"))
        for _ in 0..<8 { try session.sendKeys("BSpace") }
        try session.sendKeys("~/missing/relu.md")
        #expect(session.waitFor("Goes to the folder \(fixture.directory.path)/missing/"))
        try session.sendKeys("Enter")
        #expect(session.waitFor("Export failed"))
        #expect(session.capture().contains("Export transcript to: ~/missing/relu.md_"))
        for _ in 0..<"missing/relu.md".count { try session.sendKeys("BSpace") }
        try session.sendKeys("notes/relu.md", "Enter")
        #expect(session.waitFor("Transcript written to \(fixture.directory.path)/notes/relu.md."))
        #expect(FileManager.default.fileExists(atPath: fixture.path("notes/relu.md")))
        try session.sendKeys("q")
        #expect(session.waitForExit() == 0)
    }
}

/// What the README's install section relies on.
@Suite struct InstallTests {
    @Test func versionPrintsOneLine() throws {
        let result = try TutorFixture().run(["--version"])
        #expect(result.status == 0)
        #expect(result.output.split(separator: "\n").count == 1)
        #expect(result.output.first?.isNumber == true)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameTheSubcommands(shell: String) throws {
        let result = try TutorFixture().run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for subcommand in ["menu", "play", "list", "check", "export", "code", "progress"] {
            #expect(result.output.contains(subcommand), "\(shell): \(subcommand)")
        }
    }
}
