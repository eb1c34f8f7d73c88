import LessonFiles
import LessonModel
import LessonPractice

/// The result of grading: every graded answer, the problems in the answer files, and the summaries a teacher
/// reads — per student a score, per class the most common mistakes and the most missed cells.
public struct GradeReport: Sendable {
    /// Every graded answer, in file order.
    public let answers: [GradedAnswer]
    /// Rows that could not be graded, as `file:line:column: error: …`, by file and position.
    public let problems: [LessonDiagnostic]

    /// Per student, in the order they first appear.
    public var students: [StudentGrade] {
        var order: [String] = []
        var byStudent: [String: [GradedAnswer]] = [:]
        for answer in answers {
            if byStudent[answer.student] == nil { order.append(answer.student) }
            byStudent[answer.student, default: []].append(answer)
        }
        return order.map { StudentGrade(student: $0, answers: byStudent[$0] ?? []) }
    }

    /// Mistakes behind the wrong answers, most common first (then in the order `Mistake.Kind` lists them, the
    /// unexplained last).
    public var mistakes: [MistakeCount] {
        let wrong = answers.filter { !$0.isCorrect }
        let kinds: [Mistake.Kind?] = Mistake.Kind.allCases.map { $0 } + [nil]
        let counts = kinds.compactMap { kind -> MistakeCount? in
            let matching = wrong.filter { $0.mistake?.kind == kind }
            guard !matching.isEmpty else { return nil }
            return MistakeCount(kind: kind, count: matching.count, students: Set(matching.map(\.student)).sorted())
        }
        return counts.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element)
    }

    /// Cells answered wrongly at least once, most often wrong first (then in the order first answered).
    public var missedCells: [MissedCell] {
        var order: [String] = []
        var byCell: [String: [GradedAnswer]] = [:]
        for answer in answers {
            let key = "\(answer.lesson) \(answer.cell)"
            if byCell[key] == nil { order.append(key) }
            byCell[key, default: []].append(answer)
        }
        let cells = order.compactMap { key -> MissedCell? in
            guard let all = byCell[key], let first = all.first else { return nil }
            let wrong = all.filter { !$0.isCorrect }.count
            return wrong == 0 ? nil : MissedCell(lesson: first.lesson, cell: first.cell, wrong: wrong, answered: all.count)
        }
        return cells.enumerated().sorted { ($1.element.wrong, $0.offset) < ($0.element.wrong, $1.offset) }.map(\.element)
    }
}
