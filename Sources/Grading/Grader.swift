import CNNEngine
import LessonFiles
import LessonModel
import LessonPractice
import LessonText

/// Grades students' answer files against lessons (the keys): every value is recomputed by the engine, every
/// wrong one explained by its sum and, when one fits, the common mistake that gives it (as in practice mode).
/// A bad row is reported with its file, line and column and never stops the other rows being graded.
public struct Grader: Sendable {
    /// The lessons answers may name, by id.
    public let keys: [String: Lesson]
    /// Unicode or ASCII for labels, sums and explanations.
    public let glyphs: Glyphs

    /// A grader for `keys`; later lessons with an id already given are ignored.
    public init(keys: [Lesson], glyphs: Glyphs = .unicode) {
        var byID: [String: Lesson] = [:]
        for lesson in keys where byID[lesson.id] == nil { byID[lesson.id] = lesson }
        self.keys = byID
        self.glyphs = glyphs
    }

    /// Grades answer files given as (path, text), in order.
    public func grade(files: [(path: String, text: String)]) -> GradeReport {
        var answers: [GradedAnswer] = [], problems: [LessonDiagnostic] = []
        var seen: [String: Int] = [:]
        for (path, text) in files {
            let (rows, fileProblems) = AnswerFile.read(text: text, file: path)
            problems += fileProblems
            for row in rows {
                switch grade(row) {
                case .failure(let problem): problems.append(problem)
                case .success(let answer):
                    let key = "\(answer.student)\u{0}\(answer.lesson)\u{0}\(answer.cell)"
                    if let first = seen[key] {
                        problems.append(
                            LessonDiagnostic(
                                file: row.file, location: row.location(of: row.cell),
                                message: "\(answer.student) already answered \(answer.lesson) \(answer.cell) (\(answers[first].source)); "
                                    + "that answer is graded"))
                        continue
                    }
                    seen[key] = answers.count
                    answers.append(answer)
                }
            }
        }
        return GradeReport(answers: answers, problems: problems.sortedByFile())
    }

    private func grade(_ row: AnswerRow) -> Result<GradedAnswer, LessonDiagnostic> {
        func problem(_ field: CSVField, _ message: String, hint: String? = nil) -> Result<GradedAnswer, LessonDiagnostic> {
            .failure(LessonDiagnostic(file: row.file, location: row.location(of: field), message: message, hint: hint))
        }
        guard !row.student.text.isEmpty else { return problem(row.student, "the student's name is empty") }
        guard let lesson = keys[row.lesson.text] else {
            let given = keys.keys.sorted().joined(separator: ", ")
            return problem(row.lesson, "no key for lesson `\(row.lesson.text)`", hint: "the keys given are: " + given)
        }
        guard let reference = CellReference(row.cell.text) else {
            let hint = "write RESULT[row,column], 1-based, e.g. output[1,3] or grad_input[2,2]"
            return problem(row.cell, "`\(row.cell.text)` is not a cell", hint: hint)
        }
        guard let phase = lesson.phase(for: reference.result), let operation = phase.operation else {
            return problem(row.cell, "lesson \(lesson.id) computes no \(reference.result.rawValue)")
        }
        guard let index = reference.index(in: operation.resultShape), let step = operation.step(for: index) else {
            let shape = Tensor.shownShapeText(operation.resultShape)
            return problem(row.cell, "\(reference) is outside \(reference.result.rawValue), which is \(shape) (1-based)")
        }
        guard let typed = TypedNumber(row.value.text) else {
            return problem(row.value, "`\(row.value.text)` is not a number", hint: "write numbers like -5, 9.5, −4.75 or 19/4")
        }
        let formatter = StepFormatter(phase: phase, glyphs: glyphs)
        let isCorrect = typed.matches(step.total)
        return .success(
            GradedAnswer(
                student: row.student.text, lesson: lesson.id,
                cell: CellReference(result: reference.result, index: index, shape: operation.resultShape),
                label: formatter.targetLabel(step), answer: row.value.text, answerValue: typed.value, correctValue: step.total,
                isCorrect: isCorrect, equation: formatter.equation(step, maxTerms: 16),
                mistake: isCorrect ? nil : PracticeCoach.diagnose(typed, step: step, phase: phase, glyphs: glyphs),
                source: "\(row.file):\(row.line)"))
    }
}

extension [LessonDiagnostic] {
    /// Problems by file (in the order files were given), then by position.
    fileprivate func sortedByFile() -> [LessonDiagnostic] {
        var order: [String: Int] = [:]
        for diagnostic in self where order[diagnostic.file] == nil { order[diagnostic.file] = order.count }
        return enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element, rhs.element)
            if left.file != right.file { return (order[left.file] ?? 0) < (order[right.file] ?? 0) }
            if left.location != right.location { return left.location < right.location }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
