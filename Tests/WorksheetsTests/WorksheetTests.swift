import LessonFiles
import LessonModel
import LessonTestSupport
import LessonText
import SnapshotTesting
import Testing

@testable import Worksheets

/// Worksheets: golden files, the same bytes every time, blank questions, and answer keys whose every number
/// is the lesson's independently written answer key.
@Suite("Worksheets")
struct WorksheetTests {
    @Test("a markdown question sheet matches its golden file")
    func markdownQuestionGolden() throws {
        let sheet = Worksheet(
            lessons: [try LessonTestSupport.builtin("vertical-edges")],
            options: WorksheetOptions(cells: [try #require(CellReference("output[2,3]"))]))
        assertSnapshot(of: sheet.render(.markdown), as: .lines, named: "vertical-edges-question")
    }

    @Test("a markdown answer key matches its golden file")
    func markdownAnswersGolden() throws {
        let sheet = Worksheet(lessons: [try LessonTestSupport.builtin("backward-stride-two")], options: WorksheetOptions(answers: true))
        assertSnapshot(of: sheet.render(.markdown), as: .lines, named: "backward-stride-two-answers")
    }

    @Test("an HTML worksheet of several lessons matches its golden file")
    func htmlGolden() throws {
        let lessons = try ["multichannel-one-filter", "max-pooling", "toy-convnet"].map { try LessonTestSupport.builtin($0) }
        assertSnapshot(of: Worksheet(lessons: lessons).render(.html), as: .lines, named: "three-lessons-question")
        let answers = Worksheet(lessons: lessons, options: WorksheetOptions(answers: true))
        assertSnapshot(of: answers.render(.html), as: .lines, named: "three-lessons-answers")
    }

    @Test("the same lessons always give the same bytes", arguments: BuiltinLessons.ids)
    func deterministic(_ id: String) throws {
        for format in WorksheetFormat.allCases {
            for answers in [false, true] {
                let options = WorksheetOptions(answers: answers)
                let first = Worksheet(lessons: [try LessonTestSupport.builtin(id)], options: options).render(format)
                let again = Worksheet(lessons: [try LessonTestSupport.builtin(id)], options: options).render(format)
                #expect(Array(first.utf8) == Array(again.utf8), "\(id) \(format) answers: \(answers)")
            }
        }
    }

    @Test("the answer key shows every value of the lesson's hand-written answer key", arguments: BuiltinLessons.ids)
    func answersMatchTheLessonsKey(_ id: String) throws {
        let lesson = try LessonTestSupport.builtin(id)
        let document = Worksheet(lessons: [lesson], options: WorksheetOptions(answers: true)).document()
        for expected in lesson.expected {
            let phase = try #require(WorksheetCells.phaseIndex(for: expected.result, in: lesson))
            let grid = try #require(document.lessons[0].tasks[phase].grid)
            let shape = try #require(lesson.phases[phase].operation?.resultShape)
            let shown = Self.cell(grid, expected.index, shape: shape)
            #expect(shown == NumberText.format(expected.value), "\(id) \(expected.result) \(expected.index)")
        }
    }

    @Test("the question sheet leaves every result blank and gives every number of the problem", arguments: BuiltinLessons.ids)
    func questionsAreBlank(_ id: String) throws {
        let lesson = try LessonTestSupport.builtin(id)
        let sheet = Worksheet(lessons: [lesson]).document().lessons[0]
        for task in sheet.tasks {
            #expect(task.grid?.planes.allSatisfy { $0.rows.allSatisfy { $0.allSatisfy { $0 == nil } } } ?? true, "\(id) \(task.heading)")
            #expect(task.table?.rows.dropFirst().allSatisfy { $0[2] == nil && $0[3] == nil } ?? true, "\(id) \(task.heading)")
            #expect(task.working.isEmpty)
        }
        let given = sheet.givens.flatMap { $0.planes.flatMap { $0.rows.flatMap { $0 } } }
        let forward = lesson.phases.filter { ($0.kind == .forward || $0.kind == .image) && !$0.isInsideLoop }
        let parameters = forward.flatMap { $0.operandTensors.filter { $0.name != .input } }.reduce(0) { $0 + $1.tensor.count }
        #expect(given.count == (lesson.stages.first?.input?.count ?? 0) + parameters + (lesson.gradOutput?.count ?? 0), "\(id)")
        #expect(given.allSatisfy { $0 != nil })
    }

    @Test("vertical-edges: Z₂,₃ is blank on the question sheet and worked out on the answer key")
    func verticalEdgesByHand() throws {
        let lesson = try LessonTestSupport.builtin("vertical-edges")
        let cells = [try #require(CellReference("output[2,3]"))]
        let question = Worksheet(lessons: [lesson], options: WorksheetOptions(cells: cells)).render(.markdown)
        let blank = "____×____"
        #expect(question.contains("Z₂,₃ = " + Array(repeating: blank, count: 9).joined(separator: " + ") + " = ____\n"))
        let answers = Worksheet(lessons: [lesson], options: WorksheetOptions(answers: true, cells: cells)).render(.markdown)
        // Window rows 2–4, columns 3–5: (8 + 2 + 3) − (3 + 1 + 7) = 2, the lesson's key at row 2, column 3.
        #expect(answers.contains("Z₂,₃ = 8×1 + 9×0 + 3×(−1) + 2×1 + 5×0 + 1×(−1) + 3×1 + 1×0 + 7×(−1) = 2\n"))
        #expect(answers.contains("| −10 |  −2 |   2 |   3 |"))
    }

    @Test("a blank sum has a blank for every factor, the bias and the total", arguments: BuiltinLessons.ids)
    func blanksMatchTheSteps(_ id: String) throws {
        let lesson = try LessonTestSupport.builtin(id)
        let tasks = Worksheet(lessons: [lesson]).document().lessons[0].tasks
        for cell in WorksheetCells.chosen(in: lesson, asked: []) {
            let step = try #require(lesson.phases[cell.phase].operation?.step(for: cell.index))
            let sum = try #require(tasks[cell.phase].sums.first)
            guard case .text(let beforeTotal)? = sum.dropLast().last, sum.last == .blank else {
                Issue.record("\(id) \(cell): the sum does not end in a blank total")
                continue
            }
            #expect(beforeTotal.hasSuffix(" = "), "\(id) \(cell)")
            let blanks = sum.filter { $0 == .blank }.count
            let factors = step.terms.reduce(0) { $0 + ($1.right == nil ? 1 : 2) }
            switch step.rule {
            case .sum, .maximum, .mean, .rectify:
                // Each term is written once: a product as two factors, a lone value as one.
                let expected =
                    StepFormatter(phase: lesson.phases[cell.phase], glyphs: .unicode).isBareValue(step)
                    ? 1 : factors + (step.bias == nil ? 0 : 1) + 1
                #expect(blanks == expected, "\(id) \(cell)")
            case .sigmoid, .sigmoidDerivative, .softmax, .negativeLog, .negativeLogSoftmax, .meanSquaredError, .scaledDifference,
                .negativeRatio, .gradientStep:
                // Formulas may write a term twice (a softmax's numerator is also in its denominator).
                #expect(blanks >= step.terms.count + 1, "\(id) \(cell)")
            }
        }
    }

    @Test("without --cells the answer key's single cells are chosen, else each phase's first cell")
    func chosenCells() throws {
        let keyed = try LessonTestSupport.lesson(
            """
            id: keyed
            title: Keyed cells
            op: conv2d
            input: [[1, 2, 0], [0, 1, 3], [2, 1, 1]]
            filters: [[2, 0], [1, -1]]
            expected:
              cells:
                - {at: [2, 1], value: 3}
            """)
        #expect(WorksheetCells.chosen(in: keyed, asked: []) == [ChosenCell(phase: 0, index: [0, 1, 0])])
        let whole = try LessonTestSupport.builtin("backward")
        #expect(WorksheetCells.chosen(in: whole, asked: []).map(\.phase) == [0, 1, 2, 3])
        #expect(WorksheetCells.chosen(in: whole, asked: []).allSatisfy { $0.index.allSatisfy { $0 == 0 } })
        let asked = try ["grad_input[2,2]", "output[9,9]", "grad_input[2,2]"].map { try #require(CellReference($0)) }
        #expect(WorksheetCells.chosen(in: whole, asked: asked) == [ChosenCell(phase: 2, index: [0, 1, 1])])
    }

    @Test("a --cells that names no cell of any lesson is reported with the shapes there are")
    func unmatchedCells() throws {
        let options = WorksheetOptions(cells: try ["output[5,5]", "grad_bias[1]"].map { try #require(CellReference($0)) })
        let problems = Worksheet(lessons: [try LessonTestSupport.builtin("vertical-edges")], options: options).unmatchedCells()
        #expect(
            problems == [
                "output[5,5] is not a cell of any lesson: vertical-edges has a 4×4 output",
                "grad_bias[1] is not a cell of any lesson: vertical-edges computes no grad_bias",
            ])
    }

    @Test("each stage's operation line gives its stride and padding, a transposed convolution's too")
    func operationLines() throws {
        let lessons = try ["backward-stride-two", "transposed-convolution"].map { try LessonTestSupport.builtin($0) }
        let sheets = Worksheet(lessons: lessons).document().lessons
        #expect(sheets[0].operations == ["Stage 1: Forward: O = X ⊛ F; stride 2, padding 0, dilation 1"])
        #expect(sheets[1].operations.first?.hasSuffix("; stride 2, padding 0, output_padding 0, dilation 1") == true)
    }

    @Test("the ASCII worksheet holds only ASCII")
    func ascii() throws {
        let lesson = try LessonTestSupport.builtin("backward")
        for answers in [false, true] {
            let text = Worksheet(lessons: [lesson], options: WorksheetOptions(answers: answers, glyphs: .ascii)).render(.markdown)
            #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        }
    }

    /// The text of a 0-based cell of a grid of a tensor shaped `shape` (planes in row-major order of the leading axes).
    static func cell(_ grid: SheetMatrix, _ index: [Int], shape: [Int]) -> String? {
        guard index.count > 1 else { return grid.planes[0].rows[0][index[0]] }
        let plane = zip(index.dropLast(2), shape.dropLast(2)).reduce(0) { $0 * $1.1 + $1.0 }
        return grid.planes[plane].rows[index[index.count - 2]][index[index.count - 1]]
    }
}
