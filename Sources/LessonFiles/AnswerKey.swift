import CNNEngine
import LessonModel
import LessonText

/// A stated answer that the engine computes differently, with the sum that proves it.
public struct AnswerMismatch: Sendable, Equatable {
    /// The stated value and where it is written.
    public let expected: ExpectedValue
    /// What the engine computes.
    public let computed: Double
    /// The cell's equation, e.g. `Z₁,₃ = 7×3 + 4×4 + … = 7`.
    public let equation: String

    /// As a diagnostic at the stated value: `file:line:col: error: output Z₁,₃ is stated as 10 but computes to 7`
    /// (a warning where the lesson is still used, as by `export`).
    public func diagnostic(file: String, glyphs: Glyphs, severity: LessonDiagnostic.Severity = .error) -> LessonDiagnostic {
        let label = equation.split(separator: " ").first.map(String.init) ?? expected.result.rawValue
        return LessonDiagnostic(
            file: file, location: expected.location,
            message:
                "\(expected.result.rawValue) \(label) is stated as \(NumberText.format(expected.value, glyphs: glyphs)) but computes to \(NumberText.format(computed, glyphs: glyphs))",
            hint: equation, severity: severity)
    }
}

/// Verifies a lesson's `expected:` values against the engine.
public enum AnswerKey {
    /// Whether a stated value matches the computed one: within 1e-6 relative (absolute below 1).
    public static func matches(_ stated: Double, _ computed: Double) -> Bool {
        abs(stated - computed) <= 1e-6 * max(1, abs(computed))
    }

    /// Every stated value that does not match, in file order.
    public static func verify(_ lesson: Lesson, glyphs: Glyphs = .unicode) -> [AnswerMismatch] {
        var mismatches: [AnswerMismatch] = []
        var phases: [ResultKey: Phase] = [:]
        for expected in lesson.expected {
            if phases[expected.result] == nil { phases[expected.result] = lesson.phase(for: expected.result) }
            guard let phase = phases[expected.result], let operation = phase.operation,
                let step = operation.step(for: expected.index)
            else { continue }
            guard !matches(expected.value, step.total) else { continue }
            let formatter = StepFormatter(phase: phase, glyphs: glyphs)
            mismatches.append(
                AnswerMismatch(
                    expected: expected, computed: step.total, equation: formatter.equation(step, maxTerms: 12)))
        }
        return mismatches.sorted { $0.expected.location < $1.expected.location }
    }
}
