import LessonFiles
import LessonModel
import LessonText

/// Verifies a lesson's answer key and prints what does not match, for `check` (errors) and `export` (warnings).
enum AnswerKeyReport {
    /// Prints each stated value the engine computes differently, at its position with the sum that proves it,
    /// then a line counting them (`file: 1 of 9 expected value(s) do not match`, followed by `aside` if given).
    /// Returns whether every value matches.
    static func verify(_ lesson: Lesson, glyphs: Glyphs, severity: LessonDiagnostic.Severity, aside: String = "") -> Bool {
        let mismatches = AnswerKey.verify(lesson, glyphs: glyphs)
        guard !mismatches.isEmpty else { return true }
        for mismatch in mismatches {
            Console.error(mismatch.diagnostic(file: lesson.sourceName, glyphs: glyphs, severity: severity).description)
        }
        let label = severity == .warning ? "warning: " : ""
        Console.error(
            "\(lesson.sourceName): \(label)\(mismatches.count) of \(lesson.expected.count) expected value(s) do not match\(aside)")
        return false
    }
}
