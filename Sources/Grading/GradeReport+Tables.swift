import LessonModel
import LessonPractice
import LessonText

extension GradeReport {
    /// `student,correct,answered,score_percent`, one row per student.
    func gradebookCSV() -> String {
        let rows = students.map { student in
            [student.student, "\(student.correct)", "\(student.answered)", Self.percentNumber(student.score)]
        }
        return Self.csv(header: ["student", "correct", "answered", "score_percent"], rows: rows)
    }

    /// One row per graded answer, with the correct value, the sum and the mistake.
    func answersCSV() -> String {
        let rows = answers.map { answer in
            [
                answer.student, answer.lesson, answer.cell.description, answer.answer, answer.isCorrect ? "yes" : "no",
                NumberText.exact(answer.correctValue), answer.equation, answer.mistake?.kind.name ?? "",
                answer.mistake?.explanation ?? "",
            ]
        }
        return Self.csv(
            header: ["student", "lesson", "cell", "answer", "correct", "correct_value", "sum", "mistake", "explanation"], rows: rows)
    }

    /// Everything as JSON: students with their answers, the class summaries and the problems.
    func json() -> String {
        let root = JSONValue.object([
            (
                "students",
                .array(
                    students.map { student in
                        .object([
                            ("student", .string(student.student)), ("correct", .number(Double(student.correct))),
                            ("answered", .number(Double(student.answered))), ("score", .number(student.score)),
                            ("answers", .array(student.answers.map(Self.json))),
                        ])
                    })
            ),
            (
                "mistakes",
                .array(
                    mistakes.map { count in
                        .object([
                            ("kind", count.kind.map { .string($0.rawValue) } ?? .null),
                            ("name", .string(count.kind?.name ?? "unexplained")),
                            ("count", .number(Double(count.count))), ("students", .array(count.students.map { .string($0) })),
                        ])
                    })
            ),
            (
                "missed_cells",
                .array(
                    missedCells.map { cell in
                        .object([
                            ("lesson", .string(cell.lesson)), ("cell", .string(cell.cell.description)),
                            ("wrong", .number(Double(cell.wrong))), ("answered", .number(Double(cell.answered))),
                        ])
                    })
            ),
            (
                "problems",
                .array(
                    problems.map { problem in
                        .object([
                            ("file", .string(problem.file)), ("line", .number(Double(problem.location.line))),
                            ("column", .number(Double(problem.location.column))), ("message", .string(problem.message)),
                            ("hint", problem.hint.map { .string($0) } ?? .null),
                        ])
                    })
            ),
        ])
        return root.serialized() + "\n"
    }

    private static func json(_ answer: GradedAnswer) -> JSONValue {
        .object([
            ("lesson", .string(answer.lesson)), ("cell", .string(answer.cell.description)), ("label", .string(answer.label)),
            ("answer", .string(answer.answer)), ("value", .number(answer.answerValue)), ("correct", .bool(answer.isCorrect)),
            ("correct_value", .number(answer.correctValue)), ("sum", .string(answer.equation)),
            (
                "mistake",
                answer.mistake.map { mistake in
                    .object([
                        ("kind", .string(mistake.kind.rawValue)), ("name", .string(mistake.kind.name)),
                        ("explanation", .string(mistake.explanation)),
                    ])
                } ?? .null
            ),
            ("source", .string(answer.source)),
        ])
    }

    /// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; lines end with CRLF.
    static func csv(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { row in
            row.map { field in
                guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
                return "\"" + field.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }
}
