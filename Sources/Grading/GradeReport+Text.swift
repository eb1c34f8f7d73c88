import LessonPractice
import LessonText

extension GradeReport {
    /// Per student: the score and each wrong cell with the correct value, its sum and the mistake; then the
    /// class's most common mistakes and most missed cells.
    func textReport() -> String {
        let students = self.students
        var out = ["Graded \(answers.count) answer\(answers.count == 1 ? "" : "s") of \(students.count) student\(students.count == 1 ? "" : "s")"
            + (problems.isEmpty ? "." : "; \(problems.count) row\(problems.count == 1 ? "" : "s") could not be graded (see the errors)."), ""]
        for student in students {
            out.append("\(student.student): \(student.correct)/\(student.answered) (\(Self.percent(student.score)))")
            for answer in student.answers where !answer.isCorrect {
                out.append("  \(answer.lesson) \(answer.cell) \(answer.label): wrote \(answer.answer), correct \(NumberText.format(answer.correctValue))")
                out.append("    \(answer.equation)")
                if let mistake = answer.mistake { out.append("    mistake: \(mistake.kind.name). \(mistake.explanation)") }
            }
        }
        let mistakes = self.mistakes
        if !mistakes.isEmpty {
            out += ["", "Most common mistakes:"]
            out += mistakes.map { "  \($0.kind?.name ?? "no common mistake explains it"): \($0.count) (\($0.students.joined(separator: ", ")))" }
        }
        let missed = missedCells
        if !missed.isEmpty {
            out += ["", "Most missed cells:"]
            out += missed.map { "  \($0.lesson) \($0.cell): \($0.wrong) of \($0.answered) wrong" }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `87.5%`.
    static func percent(_ fraction: Double) -> String { percentNumber(fraction) + "%" }

    /// `87.5`: a fraction as a percentage to one decimal.
    static func percentNumber(_ fraction: Double) -> String {
        NumberText.format((fraction * 1000).rounded() / 10, glyphs: .ascii)
    }
}
