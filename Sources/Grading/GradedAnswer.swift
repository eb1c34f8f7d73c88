import LessonModel
import LessonPractice

/// One student's answer for one cell, graded by the engine.
public struct GradedAnswer: Sendable {
    /// Who answered.
    public let student: String
    /// The lesson's id.
    public let lesson: String
    /// The cell, as the answer file wrote it (normalised).
    public let cell: CellReference
    /// The cell's label as the tutor writes it, e.g. `Z₂,₃`.
    public let label: String
    /// What the student wrote, as written.
    public let answer: String
    /// Its value.
    public let answerValue: Double
    /// The engine's value.
    public let correctValue: Double
    /// Whether the answer counts (as in practice mode: exact, as shown, or rounded to the decimals written).
    public let isCorrect: Bool
    /// The cell's sum with its numbers, e.g. `Z₂,₃ = 3×1 + … = 7`.
    public let equation: String
    /// For a wrong answer, the common mistake that gives the number written, when one does.
    public let mistake: Mistake?
    /// Where the answer is: `file:line`.
    public let source: String
}

/// Every answer of one student.
public struct StudentGrade: Sendable {
    /// The student's name as the answer files write it.
    public let student: String
    /// Their answers in file order.
    public let answers: [GradedAnswer]

    /// Answers that count.
    public var correct: Int { answers.filter(\.isCorrect).count }
    /// Answers graded.
    public var answered: Int { answers.count }
    /// The fraction correct, 0 to 1 (0 when nothing was graded).
    public var score: Double { answered == 0 ? 0 : Double(correct) / Double(answered) }
}

/// How often the class made one mistake.
public struct MistakeCount: Sendable {
    /// The mistake, or nil for wrong answers no common mistake explains.
    public let kind: Mistake.Kind?
    /// Wrong answers it explains.
    public let count: Int
    /// The students who made it, sorted.
    public let students: [String]
}

/// How often one cell was answered wrongly.
public struct MissedCell: Sendable {
    /// The lesson's id.
    public let lesson: String
    /// The cell.
    public let cell: CellReference
    /// Wrong answers for it.
    public let wrong: Int
    /// Answers for it.
    public let answered: Int
}
