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
        discussion: """
            With no LESSON, checks every built-in lesson; a folder checks every lesson file (*.yaml, *.yml) in it, in \
            name order. Problems are printed on standard error as file:line:column: error: (or warning:). Exits 0 \
            only when every lesson is valid and every expected value matches; warnings do not change the exit status.
            """)

    @Argument(help: "Lesson files, folders of lesson files, or built-in ids.")
    var lessons: [String] = []

    @Flag(help: "Write only ASCII characters.")
    var ascii = false

    mutating func run() throws {
        let glyphs: Glyphs = ascii ? .ascii : .unicode
        var outcomes: [Outcome] = [], emptyFolders = 0
        for argument in lessons.isEmpty ? BuiltinLessons.ids : lessons {
            guard LessonLoading.isFolder(argument) else {
                outcomes.append(check(argument, glyphs: glyphs))
                continue
            }
            let files = LessonLoading.lessonFiles(inFolder: argument) ?? []
            if files.isEmpty {
                Console.error("cnn-tutor: no lesson files (*.yaml, *.yml) in \(argument)")
                emptyFolders += 1
            }
            outcomes += files.map { check($0, glyphs: glyphs) }
        }
        let failures = outcomes.filter { !$0.passed }.count
        let warnings = outcomes.map(\.warnings).reduce(0, +)
        if outcomes.count > 1 || lessons.contains(where: LessonLoading.isFolder) {
            Console.write(
                "\(Self.count(outcomes.count, "lesson")) checked: \(outcomes.count - failures) ok, \(failures) with problems"
                    + (warnings > 0 ? "; \(Self.count(warnings, "warning"))" : "") + "\n")
        }
        if failures + emptyFolders > 0 { throw ExitCode(1) }
    }

    /// What checking one lesson found.
    struct Outcome {
        /// Whether the lesson is valid and its answer key right.
        let passed: Bool
        /// How many warnings it got.
        let warnings: Int
    }

    /// Checks one lesson, printing its problems.
    private func check(_ argument: String, glyphs: Glyphs) -> Outcome {
        switch LessonLoading.library.read(argument) {
        case .failure(let error):
            Console.error(glyphs.text(error.description))
            return Outcome(passed: false, warnings: 0)
        case .success(let parsed):
            let lesson = parsed.lesson
            for warning in parsed.warnings { Console.error(glyphs.text(warning.description)) }
            guard AnswerKeyReport.verify(lesson, glyphs: glyphs, severity: .error) else {
                return Outcome(passed: false, warnings: parsed.warnings.count)
            }
            for stage in lesson.stages {
                for warning in ShapeCoach.warnings(for: stage, glyphs: glyphs) {
                    Console.write("\(lesson.sourceName): note: \(stage.operationName): \(warning)\n")
                }
            }
            var verified = lesson.expected.isEmpty ? "no answer key" : "\(lesson.expected.count) expected value(s) verified"
            if !parsed.warnings.isEmpty { verified += "; \(Self.count(parsed.warnings.count, "warning"))" }
            Console.write("ok  \(lesson.id) (\(verified))\n")
            return Outcome(passed: true, warnings: parsed.warnings.count)
        }
    }

    /// `1 warning`, `2 warnings`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
