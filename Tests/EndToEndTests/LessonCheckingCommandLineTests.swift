import Foundation
import TestSupport
import Testing

/// `check` and `export` on instructors' lesson files, as the real binary runs them.
@Suite struct LessonCheckingCommandLineTests {
    /// A fixture holding `files` (name → text).
    func fixture(_ files: [String: String]) throws -> TutorFixture {
        let fixture = try TutorFixture()
        for (name, text) in files {
            let path = fixture.path(name)
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return fixture
    }

    static let good = "id: good\ntitle: T\nop: relu\ninput: \"1 -2\"\nexpected:\n  output: \"1 0\"\n"
    static let unusedNarration = "id: chatty\ntitle: T\nop: relu\ninput: \"1 -2\"\nnarration:\n  grad_input: never shown\n"
    static let badNumber = "id: dash\ntitle: T\nop: relu\ninput: |\n  1 \u{2013}3\n"

    @Test func checkOfAFolderChecksEveryLessonInNameOrder() throws {
        let fixture = try fixture([
            "class/b.yml": Self.badNumber, "class/a.yaml": Self.good, "class/c.yaml": Self.unusedNarration,
            "class/notes.txt": "not a lesson", "good/only.yaml": Self.good,
        ])
        let result = try fixture.run(["check", "class"])
        #expect(result.status == 1)
        #expect(
            result.output == "ok  good (2 expected value(s) verified)\nok  chatty (no answer key; 1 warning)\n"
                + "3 lessons checked: 2 ok, 1 with problems; 1 warning\n")
        #expect(
            result.errors.contains(
                "class/b.yml:5:5: error: input has `–3`, which is not a number: it has U+2013 EN DASH where a minus sign belongs\n  hint: write -3"
            ))
        #expect(result.errors.contains("class/c.yaml:6:3: warning: narration for `grad_input`"))
        #expect(!result.errors.contains("notes.txt"))
        let passing = try fixture.run(["check", "good"])
        #expect(passing.status == 0)
        #expect(passing.output.hasSuffix("1 lesson checked: 1 ok, 0 with problems\n"))
        try FileManager.default.createDirectory(atPath: fixture.path("empty"), withIntermediateDirectories: true)
        let empty = try fixture.run(["check", "empty"])
        #expect(empty.status == 1)
        #expect(empty.errors.contains("no lesson files (*.yaml, *.yml) in empty"))
    }

    @Test func aWarningIsPrintedButCheckPasses() throws {
        let result = try fixture(["chatty.yaml": Self.unusedNarration]).run(["check", "chatty.yaml"])
        #expect(result.status == 0)
        #expect(result.output == "ok  chatty (no answer key; 1 warning)\n")
        #expect(
            result.errors == "chatty.yaml:6:3: warning: narration for `grad_input`, a phase this lesson does not have, is never shown\n"
                + "  hint: this stage's phases: forward (backward phases need `grad_output`)\n")
    }

    @Test func aMissingFileSuggestsTheFileBesideIt() throws {
        let result = try fixture(["lesson.yaml": Self.good]).run(["check", "lesson.yml"])
        #expect(result.status == 1)
        #expect(result.errors == "cnn-tutor: no lesson file or built-in lesson named `lesson.yml`\n  hint: did you mean: lesson.yaml?\n")
    }

    @Test func everyProblemOfAFileIsReportedAtOnce() throws {
        let text = """
            id: x
            title: T
            op: conv3d
            input: |
            \t1 2
            """
        let fixture = try fixture([
            "op.yaml": "id: x\ntitle: T\nop: conv3d\ninput: \"1 -2\"\n", "tab.yaml": text,
            "numpy.yaml": "id: x\ntitle: T\nop: relu\ninput: |\n  [[1, 2],\n   [3, 4]]\n",
            "at.yaml": "id: x\ntitle: T\nop: relu\ninput: \"1 -2\"\nexpected:\n  cells:\n    - {at: [2], value: 0}\n",
            "bias.yaml": """
            id: x
            title: T
            op: conv2d
            input: |
              1 2 3
              4 5 6
              7 8 9
            filters: "1 1"
            bias: [1, 2]
            grad_output: "1 1"
            """,
        ])
        let result = try fixture.run(["check", "op.yaml", "tab.yaml", "numpy.yaml", "at.yaml", "bias.yaml"])
        #expect(result.status == 1)
        #expect(result.output == "5 lessons checked: 0 ok, 5 with problems\n")
        #expect(result.errors.contains("op.yaml:3:5: error: unknown op `conv3d`\n  hint: did you mean `conv2d`?"))
        #expect(result.errors.contains("tab.yaml:5:1: error: YAML syntax:"))
        #expect(result.errors.contains("hint: line 5 is indented with a tab: replace tabs with spaces"))
        // One error for the pasted matrix, not one per token.
        #expect(result.errors.components(separatedBy: "numpy.yaml:").count == 2)
        #expect(
            result.errors.contains(
                "numpy.yaml:5:3: error: input has brackets among its rows of numbers, as NumPy prints a matrix\n  hint: drop the `|`"))
        #expect(result.errors.contains("at.yaml:7:12: error: `at: [2]` does not name a cell of output, which is 1×1×2"))
        // The wrong bias count (3×3 ⊛ 1×2 is 3×2) does not hide the grad_output of the wrong shape.
        #expect(result.errors.contains("bias.yaml:9:7: error: conv2d: bias has 2 value(s) but there are 1 filter(s)"))
        #expect(result.errors.contains("bias.yaml:10:14: error: grad_output is 1×1×2 but the output it is the gradient of is 1×3×2"))
    }

    /// A lesson's first lines with seven levels of ten aliases each under `notes:`, the last anchored as `h`.
    static let aliasesOfAliases: [String] = {
        var lines = ["id: laughs", "title: T", "op: relu", "notes:", "  - &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h"]
        for level in 1..<names.count {
            lines.append("  - &\(names[level]) [" + Array(repeating: "*\(names[level - 1])", count: 10).joined(separator: ", ") + "]")
        }
        return lines
    }()

    @Test func aBillionLaughsFileIsRefusedBeforeItExpands() throws {
        let lines = Self.aliasesOfAliases + ["input: *h"]
        let result = try fixture(["laughs.yaml": lines.joined(separator: "\n") + "\n"]).run(["check", "laughs.yaml"])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("laughs.yaml:5:3: error: `notes` takes the lesson past "))
        #expect(result.errors.contains("YAML values, counting an alias (`*name`) every time it is used"))
    }

    /// Regression: the same file with `? *h` as a key hung `check` inside Yams' duplicate-key check.
    @Test func aBillionLaughsKeyIsRefusedAtTheAlias() throws {
        let lines = Self.aliasesOfAliases + ["? *h", ": 1", "input: \"1 2\""]
        let result = try fixture(["laughs.yaml": lines.joined(separator: "\n") + "\n"]).run(["check", "laughs.yaml"])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("laughs.yaml:13:3: error: an alias (`*name`) cannot be used in a key\n"))
    }

    @Test func exportOfAWrongAnswerKeyWarnsAndStillWritesTheTranscript() throws {
        let wrong = "id: wrong\ntitle: T\nop: relu\ninput: \"1 -2\"\nexpected:\n  output: \"1 -2\"\n"
        let fixture = try fixture(["wrong.yaml": wrong])
        let result = try fixture.run(["export", "wrong.yaml", "-o", "wrong.txt"])
        #expect(result.status == 0)
        #expect(
            result.errors == "wrong.yaml:6:13: warning: output Z₁,₂ is stated as −2 but computes to 0\n  hint: Z₁,₂ = max(0, −2) = 0\n"
                + "wrong.yaml: warning: 1 of 2 expected value(s) do not match; the transcript shows the computed values\n")
        #expect(try String(contentsOfFile: fixture.path("wrong.txt"), encoding: .utf8).hasPrefix("cnn-tutor transcript: wrong"))
    }

    @Test func aStrideThatSkipsOnlyPaddingGetsNoNote() throws {
        func lesson(padding: Int) -> String {
            let rows = Array(repeating: "  1 2 3 4 5", count: 5).joined(separator: "\n")
            return "id: s\ntitle: T\nop: conv2d\ninput: |\n\(rows)\nfilters: |\n  1 0\n  0 1\nstride: 2\npadding: \(padding)\n"
        }
        let fixture = try fixture(["padded.yaml": lesson(padding: 1), "unpadded.yaml": lesson(padding: 0)])
        // Padded: 5 + 2 = 7 cells, windows at 0, 2, 4 read every input cell; only the last padding row is skipped.
        let padded = try fixture.run(["check", "padded.yaml"])
        #expect(padded.status == 0)
        #expect(padded.output == "ok  s (no answer key)\n")
        // Unpadded: windows at 0 and 2 cover cells 1…4; row and column 5 are never read.
        let unpadded = try fixture.run(["check", "unpadded.yaml"])
        #expect(
            unpadded.output.contains(
                "unpadded.yaml: note: conv2d: output height: ⌊(5 + 0 + 0 − 2) / 2⌋ + 1 = 2; the stride does not fit: rows 5 never visited"))
    }
}
