import ArgumentParser
import LessonModel
import LessonText
import Worksheets

extension WorksheetFormat: ExpressibleByArgument {}

/// `cnn-tutor worksheet`: a printable handout of lessons, or its answer key.
struct WorksheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worksheet",
        abstract: "Write a printable worksheet (markdown or html) of lessons, or with --answers its answer key.",
        discussion: """
            Each lesson gets its given matrices and operations, a blank grid for every result and blank sums for \
            chosen cells: those named with --cells (e.g. --cells output[1,3] --cells grad_input[2,2], 1-based), \
            else the single cells of the lesson's answer key, else the first cell of each phase. --answers fills \
            the grids and writes the sums out, every number computed by the engine. HTML is one self-contained file \
            with print CSS. The same input always gives the same bytes.
            """)

    @Argument(help: "Lesson files or built-in ids.")
    var lessons: [String]

    @Option(help: "markdown or html.")
    var format: WorksheetFormat = .markdown

    @Flag(help: "The answer key: grids filled in and sums written out.")
    var answers = false

    @Option(name: .customLong("cells"), help: "A cell whose sum is written out, e.g. output[1,3] (repeatable).")
    var cells: [String] = []

    @OptionGroup var destination: OutputOptions

    @Flag(help: "Write only ASCII characters.")
    var ascii = false

    mutating func validate() throws {
        guard !lessons.isEmpty else { throw ValidationError("name at least one lesson (a file or a built-in id)") }
        for cell in cells where CellReference(cell) == nil {
            throw ValidationError("--cells \(cell): write a cell as RESULT[row,column], e.g. output[1,3] or grad_input[2,2]")
        }
    }

    mutating func run() throws {
        let loaded = try lessons.map(LessonLoading.loadOrExit)
        let options = WorksheetOptions(answers: answers, cells: cells.compactMap(CellReference.init), glyphs: ascii ? .ascii : .unicode)
        let worksheet = Worksheet(lessons: loaded, options: options)
        let unmatched = worksheet.unmatchedCells()
        guard unmatched.isEmpty else {
            for problem in unmatched { Console.error("cnn-tutor: --cells " + problem) }
            throw ExitCode(1)
        }
        try OutputFile.write(worksheet.render(format), destination)
    }
}
