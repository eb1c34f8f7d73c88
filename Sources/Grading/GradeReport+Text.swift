import LessonPractice
import LessonText

extension GradeReport {
    /// Per student: the score and each wrong cell with the correct value, its sum and the mistake; then the
    /// class's most common mistakes and most missed cells.
    func textReport() -> String {
        let students = self.students
        let ungraded = problems.isEmpty ? "." : "; \(Self.count(problems.count, "row")) could not be graded (see the errors)."
        var out = ["Graded \(Self.count(answers.count, "answer")) of \(Self.count(students.count, "student"))" + ungraded, ""]
        for student in students {
            out.append("\(student.student): \(student.correct)/\(student.answered) (\(Self.percent(student.score)))")
            for answer in student.answers where !answer.isCorrect {
                let correct = NumberText.format(answer.correctValue)
                out.append("  \(answer.lesson) \(answer.cell) \(answer.label): wrote \(answer.answer), correct \(correct)")
                out.append("    \(answer.equation)")
                if let mistake = answer.mistake { out.append("    mistake: \(mistake.kind.name). \(mistake.explanation)") }
            }
        }
        let mistakes = self.mistakes
        if !mistakes.isEmpty {
            out += ["", "Most common mistakes:"]
            out += mistakes.map { count in
                "  \(count.kind?.name ?? "no common mistake explains it"): \(count.count) (\(count.students.joined(separator: ", ")))"
            }
        }
        let missed = missedCells
        if !missed.isEmpty {
            out += ["", "Most missed cells:"]
            out += missed.map { "  \($0.lesson) \($0.cell): \($0.wrong) of \($0.answered) wrong" }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `3 answers`, `1 row`.
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// `87.5%`.
    static func percent(_ fraction: Double) -> String { percentNumber(fraction) + "%" }

    /// `87.5`: a fraction as a percentage to one decimal.
    static func percentNumber(_ fraction: Double) -> String {
        NumberText.format((fraction * 1000).rounded() / 10, glyphs: .ascii)
    }
}
