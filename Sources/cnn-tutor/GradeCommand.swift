import ArgumentParser
import Foundation
import Grading
import LessonModel
import LessonText

extension GradeFormat: ExpressibleByArgument {}

/// `cnn-tutor grade`: students' answer files graded against lessons by the engine.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade students' answer files (CSV: student,lesson,cell,value) against lessons.",
        discussion: """
            KEY is a lesson file or built-in id (e.g. one written by `cnn-tutor generate`); its values are recomputed \
            by the engine. An answer file is CSV whose header names the columns student, lesson, cell and value; \
            cell is RESULT[row,column], 1-based (output[1,3], grad_input[2,2]), value a number such as -5, 9.5 or 19/4. \
            The report gives each student's score and, per wrong cell, the correct value, its sum and the common \
            mistake that gives the number written; then the class's most common mistakes. Rows that cannot be \
            graded are reported on standard error as file:line:column errors and the exit status is 1, but every \
            other row is graded.
            """)

    @Argument(help: "Lesson files or built-in ids whose cells the answers name.")
    var keys: [String]

    @Option(parsing: .upToNextOption, help: "Students' answer files (CSV).")
    var answers: [String]

    @Option(help: "text, csv (one row per student), answers-csv (one row per answer) or json.")
    var format: GradeFormat = .text

    @OptionGroup var destination: OutputOptions

    @Flag(help: "Write only ASCII characters.")
    var ascii = false

    mutating func validate() throws {
        guard !keys.isEmpty else { throw ValidationError("name at least one lesson as the key") }
        guard !answers.isEmpty else { throw ValidationError("give at least one answer file with --answers") }
    }

    mutating func run() throws {
        let lessons = try keys.map(LessonLoading.loadOrExit)
        var files: [(path: String, text: String)] = []
        var unreadable = 0
        for path in answers {
            do {
                files.append((path, try LessonLoading.readText(path)))
            } catch {
                Console.error("\(path): error: cannot read the answer file: \(error)")
                unreadable += 1
            }
        }
        let glyphs: Glyphs = ascii ? .ascii : .unicode
        let report = Grader(keys: lessons, glyphs: glyphs).grade(files: files)
        for problem in report.problems { Console.error(glyphs.text(problem.description)) }
        let text = report.render(format)
        try OutputFile.write(ascii ? glyphs.text(text) : text, destination)
        if unreadable > 0 || !report.problems.isEmpty { throw ExitCode(1) }
    }
}
