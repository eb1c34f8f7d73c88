import CNNEngine
import LessonModel
import LessonText

/// A printable handout for one or more lessons: the given matrices and operations, blank grids for every
/// result, and blank sums for chosen cells; or, with `answers`, the same sheet filled in by the engine.
/// The same lessons and options always give the same bytes.
public struct Worksheet: Sendable {
    /// The lessons, one part each, in order.
    public let lessons: [Lesson]
    /// What to show.
    public let options: WorksheetOptions

    /// A worksheet of `lessons`.
    public init(lessons: [Lesson], options: WorksheetOptions = WorksheetOptions()) {
        self.lessons = lessons
        self.options = options
    }

    /// The worksheet in `format`.
    public func render(_ format: WorksheetFormat) -> String {
        let document = document()
        switch format {
        case .markdown: return WorksheetMarkdown(document: document).render()
        case .html: return WorksheetHTML(document: document).render()
        }
    }

    /// Asked cells (`options.cells`) that name no cell of any lesson, each with the reason.
    public func unmatchedCells() -> [String] {
        options.cells.compactMap { reference in
            let matched = lessons.contains { WorksheetCells.cell(reference, in: $0) != nil }
            guard !matched else { return nil }
            let shapes = lessons.map { lesson in
                let shape = WorksheetCells.resultShape(reference.result, in: lesson)
                return "\(lesson.id) "
                    + (shape.map { "has a \(Tensor.shownShapeText($0)) \(reference.result.rawValue)" }
                        ?? "computes no \(reference.result.rawValue)")
            }
            return "\(reference) is not a cell of any lesson: " + shapes.joined(separator: "; ")
        }
    }

    func document() -> WorksheetDocument {
        WorksheetDocument(answers: options.answers, separator: options.glyphs.separator, lessons: lessons.map(sheet))
    }

    private func sheet(_ lesson: Lesson) -> LessonSheet {
        let glyphs = options.glyphs
        let chosen = WorksheetCells.chosen(in: lesson, asked: options.cells)
        return LessonSheet(
            id: lesson.id, title: glyphs.text(lesson.title), summary: glyphs.text("\(lesson.kind), \(lesson.sizeSummary)"),
            introduction: glyphs.text(lesson.introduction), givens: givens(of: lesson), operations: operations(of: lesson),
            tasks: lesson.phases.indices.map { number in task(lesson, phase: number, cells: chosen.filter { $0.phase == number }) })
    }
}
