import ArgumentParser
import LessonCode
import LessonExport
import LessonFiles
import LessonModel
import LessonText

/// `cnn-tutor check`: parse, validate and verify answer keys.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lessons and verify their answer keys against the engine.",
        discussion: "With no LESSON, checks every built-in lesson. Exits 0 only when every lesson is valid and every expected value matches.")

    @Argument(help: "Lesson files or built-in ids.")
    var lessons: [String] = []

    @Flag(help: "Write only ASCII characters.")
    var ascii = false

    mutating func run() throws {
        let glyphs: Glyphs = ascii ? .ascii : .unicode
        let arguments = lessons.isEmpty ? BuiltinLessons.ids : lessons
        var failures = 0
        for argument in arguments {
            if !check(argument, glyphs: glyphs) { failures += 1 }
        }
        if arguments.count > 1 {
            Console.write("\(arguments.count) lessons checked: \(arguments.count - failures) ok, \(failures) with problems\n")
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// Checks one lesson, printing its problems; true when it holds.
    private func check(_ argument: String, glyphs: Glyphs) -> Bool {
        switch LessonLoading.library.load(argument) {
        case .failure(let error):
            Console.error(glyphs.text(error.description))
            return false
        case .success(let lesson):
            let mismatches = AnswerKey.verify(lesson, glyphs: glyphs)
            guard mismatches.isEmpty else {
                for mismatch in mismatches { Console.error(mismatch.diagnostic(file: lesson.sourceName, glyphs: glyphs).description) }
                Console.error("\(lesson.sourceName): \(mismatches.count) of \(lesson.expected.count) expected value(s) do not match")
                return false
            }
            for stage in lesson.stages {
                for warning in ShapeCoach.warnings(for: stage, glyphs: glyphs) {
                    Console.write("\(lesson.sourceName): note: \(stage.operationName): \(warning)\n")
                }
            }
            let verified = lesson.expected.isEmpty ? "no answer key" : "\(lesson.expected.count) expected value(s) verified"
            Console.write("ok  \(lesson.id) (\(verified))\n")
            return true
        }
    }
}
