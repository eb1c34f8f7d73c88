import Foundation
import TestSupport
import Testing

/// The subcommands as a user runs them: output, files and exit statuses.
@Suite struct CommandLineTests {
    @Test func listShowsEveryBuiltInLessonInOrder() throws {
        let result = try TutorFixture().run(["list"])
        #expect(result.status == 0)
        let ids = result.output.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        let files = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("lessons").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        // One line per lesson file, in the files' order, with the number prefix dropped from the id.
        #expect(ids == files.map { String($0.dropLast(5).drop { $0 != "-" }.dropFirst()) })
        #expect(ids.contains("backward-stride-two"))
    }

    @Test func checkPassesEveryBuiltInLesson() throws {
        let result = try TutorFixture().run(["check"])
        #expect(result.status == 0)
        let count = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("lessons").path)
            .filter { $0.hasSuffix(".yaml") }.count
        #expect(result.output.contains("\(count) lessons checked: \(count) ok, 0 with problems"))
    }

    @Test func checkFailsAWrongAnswerKeyWithTheSumThatProvesIt() throws {
        let fixture = try TutorFixture()
        let text = """
            id: slide
            title: The lecture's stride-2 slide
            op: conv2d
            input: |
              3 0 1 2 7 4 6
              1 5 8 9 3 1 7
              2 7 2 5 1 3 8
              0 1 3 1 7 8 9
              4 2 1 6 2 8 0
              2 4 5 2 3 9 0
              6 7 5 7 4 8 6
            filters: |
              3 4 -1
              3 0 -1
              0 2 -4
            stride: 2
            expected:
              cells:
                - {at: [1, 3], value: 10}
            """
        try text.write(toFile: fixture.path("slide.yaml"), atomically: true, encoding: .utf8)
        let result = try fixture.run(["check", "slide.yaml"])
        #expect(result.status == 1)
        #expect(result.errors.contains("slide.yaml:19:27: error: output Z₁,₃ is stated as 10 but computes to 7"))
        #expect(result.errors.contains("hint: Z₁,₃ = 7×3 + 4×4 + 6×(−1) + 3×3 + 1×0 + 7×(−1) + 1×0 + 3×2 + 8×(−4) = 7"))
    }

    @Test func checkReportsEveryProblemOfABrokenFile() throws {
        let fixture = try TutorFixture()
        try "id: Bad Id\ntitle: x\nop: conv2d\nstrid: 2\ninput: |\n  1 2\n  3\nfilters: [[1]]\n".write(
            toFile: fixture.path("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try fixture.run(["check", "bad.yaml"])
        #expect(result.status == 1)
        #expect(result.errors.contains("bad.yaml:1:5: error: id `Bad Id`"))
        #expect(result.errors.contains("bad.yaml:4:1: error: unknown key `strid`"))
        #expect(result.errors.contains("did you mean `stride`?"))
        #expect(result.errors.contains("bad.yaml:7:3: error: input: row 2 has 1 value(s) but the first row has 2"))
    }

    @Test func unknownLessonSuggestsCloseIds() throws {
        let result = try TutorFixture().run(["export", "vertical-edge"])
        #expect(result.status == 1)
        #expect(result.errors.contains("did you mean: vertical-edges?"))
    }

    @Test func exportWritesAtomicallyAndNeverOverwritesWithoutForce() throws {
        let fixture = try TutorFixture()
        #expect(try fixture.run(["export", "relu", "-o", "relu.md", "--format", "markdown"]).status == 0)
        let first = try String(contentsOfFile: fixture.path("relu.md"), encoding: .utf8)
        #expect(first.hasPrefix("# ReLU"))
        let refused = try fixture.run(["export", "relu", "-o", "relu.md"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("already exists; use --force"))
        #expect(try String(contentsOfFile: fixture.path("relu.md"), encoding: .utf8) == first)
        #expect(try fixture.run(["export", "relu", "-o", "relu.md", "--force"]).status == 0)
        #expect(try String(contentsOfFile: fixture.path("relu.md"), encoding: .utf8).hasPrefix("cnn-tutor transcript: relu"))
    }

    @Test func exportIsDeterministicAndAsciiWhenAsked() throws {
        let fixture = try TutorFixture()
        let once = try fixture.run(["export", "backward", "--format", "json"]).output
        let twice = try fixture.run(["export", "backward", "--format", "json"]).output
        #expect(once == twice)
        let json = try JSONSerialization.jsonObject(with: Data(once.utf8)) as? [String: Any]
        #expect(json?["id"] as? String == "backward")
        let ascii = try fixture.run(["export", "backward", "--ascii"]).output
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
        // dL/dF₁,₁ = X₁,₁·dO₁,₁ + X₁,₂·dO₁,₂ + X₂,₁·dO₂,₁ + X₂,₂·dO₂,₂ = 1·1 + 2·2 + 4·(−1) + 5·3 = 16.
        #expect(ascii.contains("dL/dF[1,1] = 1x1 + 2x2 + 4x(-1) + 5x3"))
    }

    @Test func plainModeNarratesOneLinePerStep() throws {
        let result = try TutorFixture().run(["play", "vertical-edges", "--plain", "--no-wait"])
        #expect(result.status == 0)
        let steps = result.output.split(separator: "\n").filter { $0.hasPrefix("Step ") }
        #expect(steps.count == 16)
        #expect(
            steps.first
                == "Step 1 of 16. Window on rows 1 to 3, columns 1 to 3 of X. Z₁,₁ = 3×1 + 0×0 + 1×(−1) + 1×1 + 5×0 + 8×(−1) + 2×1 + 7×0 + 2×(−1) = −5"
        )
        #expect(!result.output.contains("\u{1B}["))
    }

    @Test func plainModeIsWhatANonTerminalIsOffered() throws {
        let result = try TutorFixture().run(["play", "relu"])
        #expect(result.status == 1)
        #expect(result.errors.contains("cnn-tutor play LESSON --plain"))
    }

    @Test func codePrintsANumPyProgram() throws {
        let result = try TutorFixture().run(["code", "max-pooling"])
        #expect(result.status == 0)
        #expect(result.output.contains("import numpy as np"))
        #expect(result.output.contains("maxpool2d_backward"))
    }
}
