import Foundation
import TestSupport
import Testing

/// The instructors' commands as a teacher runs them: generate, check, worksheet, grade, record.
@Suite struct InstructorCommandTests {
    @Test func generatedExercisesPassCheckAndAreNeverOverwrittenWithoutForce() throws {
        let fixture = try TutorFixture()
        let generated = try fixture.run(["generate", "backward", "--seed", "5", "--count", "3", "--difficulty", "hard", "-o", "class"])
        #expect(generated.status == 0, "\(generated.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.path("class")).sorted()
        #expect(files == ["backward-hard-5-1.yaml", "backward-hard-5-2.yaml", "backward-hard-5-3.yaml"])
        let checked = try fixture.run(["check"] + files.map { "class/" + $0 })
        #expect(checked.status == 0)
        #expect(checked.output.contains("3 lessons checked: 3 ok, 0 with problems"))
        let first = try String(contentsOfFile: fixture.path("class/backward-hard-5-1.yaml"), encoding: .utf8)
        let again = try fixture.run(["generate", "backward", "--seed", "5", "--count", "3", "--difficulty", "hard", "-o", "class"])
        #expect(again.status == 1)
        #expect(again.errors.contains("already exists; use --force"))
        #expect(try fixture.run(["generate", "backward", "--seed", "5", "--difficulty", "hard", "-o", "class", "--force"]).status == 0)
        #expect(try String(contentsOfFile: fixture.path("class/backward-hard-5-1.yaml"), encoding: .utf8) == first)
    }

    @Test func transposedExercisesPassCheck() throws {
        let fixture = try TutorFixture()
        #expect(
            try fixture.run(["generate", "transposed", "--seed", "1", "--count", "2", "--difficulty", "hard", "-o", "out"]).status == 0)
        let checked = try fixture.run(["check", "out/transposed-hard-1-1.yaml", "out/transposed-hard-1-2.yaml"])
        #expect(checked.status == 0 && checked.output.contains("2 lessons checked: 2 ok"))
    }

    @Test func worksheetWritesHTMLOnceAndRejectsCellsNoLessonHas() throws {
        let fixture = try TutorFixture()
        #expect(try fixture.run(["worksheet", "vertical-edges", "relu", "--format", "html", "-o", "sheet.html"]).status == 0)
        let html = try String(contentsOfFile: fixture.path("sheet.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("@page"))
        let refused = try fixture.run(["worksheet", "vertical-edges", "--format", "html", "-o", "sheet.html"])
        #expect(refused.status == 1 && refused.errors.contains("already exists; use --force"))
        let answers = try fixture.run(["worksheet", "vertical-edges", "--answers", "--cells", "output[2,3]"])
        #expect(answers.output.contains("Z₂,₃ = 8×1 + 9×0 + 3×(−1) + 2×1 + 5×0 + 1×(−1) + 3×1 + 1×0 + 7×(−1) = 2"))
        let unknown = try fixture.run(["worksheet", "vertical-edges", "--cells", "output[9,9]"])
        #expect(unknown.status == 1 && unknown.errors.contains("output[9,9] is not a cell of any lesson"))
    }

    @Test func gradeReportsBadRowsOnStandardErrorAndGradesTheRest() throws {
        let fixtures = packageRoot.appendingPathComponent("Tests/GradingTests/Fixtures")
        let fixture = try TutorFixture()
        let result = try fixture.run([
            "grade", fixtures.appendingPathComponent("keys/backward-easy-5-1.yaml").path, "vertical-edges", "max-pooling",
            "--answers", fixtures.appendingPathComponent("class/ben.csv").path, fixtures.appendingPathComponent("class/cy.csv").path,
        ])
        #expect(result.status == 1)
        #expect(result.output.contains("ben: 1/6 (16.7%)") && result.output.contains("cy: 2/2 (100%)"))
        #expect(result.errors.contains("cy.csv:7:28: error: `nine` is not a number"))
        let clean = try fixture.run([
            "grade", "vertical-edges", "max-pooling", "--answers", fixtures.appendingPathComponent("class/fay.csv").path,
            "--format", "csv", "-o", "grades.csv",
        ])
        #expect(clean.status == 0)
        let grades = try String(contentsOfFile: fixture.path("grades.csv"), encoding: .utf8)
        #expect(grades == "student,correct,answered,score_percent\r\nfay,1,2,50\r\n")
    }

    @Test func exportRecordsAnAsciicast() throws {
        let fixture = try TutorFixture()
        let result = try fixture.run(["export", "relu", "--format", "asciicast", "--speed", "6", "--size", "90x28", "-o", "relu.cast"])
        #expect(result.status == 0, "\(result.errors)")
        let text = try String(contentsOfFile: fixture.path("relu.cast"), encoding: .utf8)
        #expect(text.hasPrefix("{\"version\":2,\"width\":90,\"height\":28,"))
        #expect(try fixture.run(["export", "relu", "--format", "asciicast", "--size", "20x5"]).status != 0)
    }
}
