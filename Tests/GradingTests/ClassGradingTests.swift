import Foundation
import LessonFiles
import LessonModel
import LessonPractice
import LessonTestSupport
import SnapshotTesting
import TestSupport
import Testing

@testable import Grading

/// A class of answer files graded against two built-in lessons and a generated one: right answers in every
/// spelling, wrong answers whose mistakes are worked out by hand below, damaged rows and a file without a
/// header. Every bad row is reported at its position and the other rows are still graded.
@Suite("Grading a class")
struct ClassGradingTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/GradingTests/Fixtures")
    static let files = ["ada", "ben", "cy", "dee", "eve", "fay"]

    static func report() throws -> GradeReport {
        let key = try LessonFiles.LessonParser.parse(
            text: String(contentsOf: fixtures.appendingPathComponent("keys/backward-easy-5-1.yaml"), encoding: .utf8),
            file: "backward-easy-5-1.yaml"
        ).get()
        let keys = [key, try LessonTestSupport.builtin("vertical-edges"), try LessonTestSupport.builtin("max-pooling")]
        let answers = try files.map { name in
            ("class/\(name).csv", try String(contentsOf: fixtures.appendingPathComponent("class/\(name).csv"), encoding: .utf8))
        }
        return Grader(keys: keys).grade(files: answers)
    }

    @Test("each student's score; the file without a header grades no one")
    func scores() throws {
        let students = try Self.report().students
        #expect(students.map(\.student) == ["ada", "ben", "cy", "eve", "fay"])
        #expect(students.map(\.correct) == [8, 1, 2, 2, 1])
        #expect(students.map(\.answered) == [8, 6, 2, 3, 2])
    }

    @Test("every damaged row is reported at its line and column, and the file without a header once")
    func problems() throws {
        let problems = try Self.report().problems.map { "\($0.file):\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(
            problems == [
                "class/cy.csv:3:19: output[5,1] is outside output, which is 4×4 (1-based)",
                "class/cy.csv:4:30: this line has 3 fields but the header names 4",
                "class/cy.csv:5:4: no key for lesson `nonexistent`",
                "class/cy.csv:6:19: `Z[1,1]` is not a cell",
                "class/cy.csv:7:28: `nine` is not a number",
                "class/cy.csv:8:4: this quote is never closed",
                "class/cy.csv:9:19: cy already answered vertical-edges output[1,1] (class/cy.csv:2); that answer is graded",
                "class/cy.csv:10:1: the student's name is empty",
                "class/cy.csv:12:19: lesson vertical-edges computes no grad_input",
                "class/dee.csv:1:1: the header has no `student`, `lesson`, `cell`, `value` column",
            ])
    }

    @Test("right answers count in every spelling: a Unicode minus, a fraction, 9.0, quoted fields, CRLF and a BOM")
    func spellings() throws {
        let report = try Self.report()
        let ada = try #require(report.students.first { $0.student == "ada" })
        #expect(ada.answers.allSatisfy { $0.isCorrect })
        let eve = try #require(report.students.first { $0.student == "eve" })
        #expect(eve.answers.map(\.answer) == ["-10", "9.0", "11"])
        #expect(eve.answers.map(\.isCorrect) == [true, true, false])
    }

    @Test("each wrong answer gets the engine's value, its sum and the mistake worked out by hand")
    func wrongAnswers() throws {
        let wrong = try Self.report().answers.filter { !$0.isCorrect }
        let summary = wrong.map { answer in
            "\(answer.student) \(answer.lesson) \(answer.cell) \(answer.answer)→\(answer.correctValue) \(answer.mistake?.kind.rawValue ?? "-")"
        }
        #expect(
            summary == [
                // Flipped, the filter's −1 column meets the window's left column: (1 + 8 + 2) − (3 + 1 + 2) = 5.
                "ben vertical-edges output[1,1] 5→-5.0 kernelFlipped",
                // 10 is in the window [4 8; 16 10], whose largest value is 16.
                "ben max-pooling output[1,1] 10→16.0 wrongWinner",
                // Z₁,₁ = 2×0 + 0×2 + 0×(−1) + 3×1 + 2 = 5; without the bias 3.
                "ben backward-easy-5-1 output[1,1] 3→5.0 biasForgotten",
                // dL/dX₂,₂ with W as it is: 2×0 + (−1)×2 + 2×(−1) + (−1)×1 = −5; rotated: 2 + 1 + 4 + 0 = 7.
                "ben backward-easy-5-1 grad_input[2,2] -5→7.0 filterNotRotated",
                // dL/db = 2 − 1 + 2 − 1 = 2; 7 is no common mistake.
                "ben backward-easy-5-1 grad_bias[1] 7→2.0 -",
                // −5 with the sign of 8×(−1) dropped: −5 + 16 = 11.
                "eve vertical-edges output[1,1] 11→-5.0 signDropped",
                "fay vertical-edges output[1,1] 5→-5.0 kernelFlipped",
            ])
        #expect(wrong[0].equation == "Z₁,₁ = 3×1 + 0×0 + 1×(−1) + 1×1 + 5×0 + 8×(−1) + 2×1 + 7×0 + 2×(−1) = −5")
        #expect(wrong[3].equation == "dL/dX₂,₂ = 2×1 + (−1)×(−1) + 2×2 + (−1)×0 = 7")
    }

    @Test("the class's most common mistakes and most missed cells")
    func classSummary() throws {
        let report = try Self.report()
        #expect(
            report.mistakes.map { "\($0.kind?.rawValue ?? "-") \($0.count) \($0.students.joined(separator: "+"))" } == [
                "kernelFlipped 2 ben+fay", "biasForgotten 1 ben", "signDropped 1 eve", "wrongWinner 1 ben", "filterNotRotated 1 ben",
                "- 1 ben",
            ])
        let first = try #require(report.missedCells.first)
        #expect("\(first.lesson) \(first.cell) \(first.wrong)/\(first.answered)" == "vertical-edges output[1,1] 3/5")
    }

    @Test("the text report matches its golden file")
    func textGolden() throws {
        assertSnapshot(of: try Self.report().render(.text), as: .lines, named: "class")
    }

    @Test("the gradebook CSV has one row per student")
    func gradebook() throws {
        #expect(
            try Self.report().render(.csv)
                == [
                    "student,correct,answered,score_percent", "ada,8,8,100", "ben,1,6,16.7", "cy,2,2,100", "eve,2,3,66.7", "fay,1,2,50",
                ].map { $0 + "\r\n" }.joined())
    }

    @Test("the per-answer CSV reads back field for field")
    func answersCSV() throws {
        let report = try Self.report()
        let lines = report.render(.answersCSV).components(separatedBy: "\r\n").dropLast()
        #expect(lines.count == report.answers.count + 1)
        for (line, answer) in zip(lines.dropFirst(), report.answers) {
            let fields = try CSVLine.fields(Substring(line)).get().map(\.text)
            #expect(fields.count == 9)
            let given = [answer.student, answer.lesson, answer.cell.description, answer.answer, answer.isCorrect ? "yes" : "no"]
            #expect(Array(fields[0...4]) == given)
            #expect(Double(fields[5]) == answer.correctValue && fields[6] == answer.equation)
        }
    }

    @Test("the JSON report holds the students, their answers, the class summary and the problems")
    func json() throws {
        let report = try Self.report()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as? [String: Any])
        let students = try #require(object["students"] as? [[String: Any]])
        #expect(students.compactMap { $0["student"] as? String } == ["ada", "ben", "cy", "eve", "fay"])
        let ben = try #require(students[1]["answers"] as? [[String: Any]])
        #expect(ben.compactMap { ($0["correct_value"] as? NSNumber)?.doubleValue } == [-5, -4, 16, 5, 7, 2])
        #expect((ben[0]["mistake"] as? [String: Any])?["kind"] as? String == "kernelFlipped")
        #expect((object["problems"] as? [Any])?.count == 10)
        #expect((object["mistakes"] as? [[String: Any]])?.first?["count"] as? Int == 2)
    }
}
