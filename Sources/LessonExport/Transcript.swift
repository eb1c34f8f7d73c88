import CNNEngine
import LessonModel
import LessonText

/// A lesson written out step by step: every phase, every step's terms and total, the results filling in.
public struct Transcript: Sendable {
    /// The lesson.
    public let lesson: Lesson
    /// Unicode or ASCII.
    public let glyphs: Glyphs
    /// Pictures a markdown transcript links to, if any.
    public var pictures: TranscriptPictures?

    /// Results with more cells are shown filling in at the end of each plane rather than of each row: a
    /// picture-sized result printed after every row would make the transcript megabytes of repeated numbers.
    static let rowFillInLimit = 1024

    /// Creates a transcript of `lesson`.
    public init(lesson: Lesson, glyphs: Glyphs = .unicode) {
        self.lesson = lesson
        self.glyphs = glyphs
    }

    /// The transcript in `format`; the same lesson always gives the same bytes.
    public func render(_ format: TranscriptFormat) -> String {
        switch format {
        case .text: return TranscriptText(document: document(), glyphs: glyphs).render()
        case .markdown: return TranscriptMarkdown(document: document(), glyphs: glyphs, pictures: pictures).render()
        case .json: return TranscriptJSON(lesson: lesson).render()
        }
    }

    /// The format-independent content of a text or markdown transcript.
    func document() -> TranscriptDocument {
        let phases = lesson.phases
        return TranscriptDocument(
            id: lesson.id, title: glyphs.text(lesson.title), kind: glyphs.text(lesson.kind),
            size: glyphs.text(lesson.sizeSummary), introduction: glyphs.text(lesson.introduction),
            notes: lesson.notes.map(glyphs.text),
            phases: phases.enumerated().map { section($1, number: $0 + 1, of: phases.count) })
    }

    private func section(_ phase: Phase, number: Int, of total: Int) -> TranscriptDocument.Section {
        let formatter = StepFormatter(phase: phase, glyphs: glyphs)
        return TranscriptDocument.Section(
            heading: "Phase \(number)/\(total): \(glyphs.text(phase.title))", narration: glyphs.text(phase.narration),
            operands: phase.operandBlocks(glyphs: glyphs), geometry: geometry(phase), steps: steps(phase, formatter))
    }

    private func geometry(_ phase: Phase) -> [String] {
        guard phase.kind == .forward, let window = ShapeCoach.window(of: phase.stage) else { return [] }
        return [window.geometryText]
            + ShapeCoach.lines(for: window, glyphs: glyphs)
    }

    private func steps(_ phase: Phase, _ formatter: StepFormatter) -> [TranscriptDocument.Entry] {
        switch phase.content {
        case .table(let rows):
            return rows.enumerated().map { number, row in
                let shape = "(" + row.shape.map(String.init).joined(separator: ", ") + (row.shape.count == 1 ? ", 1" : "") + ")"
                return TranscriptDocument.Entry(
                    heading: glyphs.text("Row \(number + 1)/\(rows.count): \(row.name)"),
                    lines: [
                        "activation shape \(shape), size \(LayerStack.grouped(row.activationSize))",
                        glyphs.text("parameters: \(row.parameterFormula)"),
                    ] + LayerTableText.details(of: row).map(glyphs.text), fillIn: nil)
            }
        case .traced(let operation):
            let result = operation.result()
            let everyStep = result.count <= 36
            return (0..<operation.stepCount).compactMap { number in
                guard let step = operation.step(at: number) else { return nil }
                var lines = phase.stepNarration.filter { $0.steps.lowerBound == number + 1 }.map { glyphs.text(Self.stepNote($0)) }
                lines += phase.windowPlace(of: step, glyphs: glyphs).map { [$0] } ?? []
                if lesson.symbolic && step.terms.count > 1 {
                    lines.append("\(formatter.targetLabel(step)) = \(formatter.symbolicExpression(step))")
                }
                if formatter.isBareValue(step) {
                    lines.append(formatter.equation(step))
                } else {
                    lines.append("\(formatter.targetLabel(step)) = \(formatter.numericExpression(step))")
                    lines.append(String(repeating: " ", count: formatter.targetLabel(step).count) + " = " + formatter.total(step))
                }
                let endOfRow = step.targetIndex.last == result.shape.last.map { $0 - 1 }
                let endOfPlane = endOfRow && (result.rank < 2 || step.targetIndex[result.rank - 2] == result.shape[result.rank - 2] - 1)
                let shown = everyStep || (endOfRow && result.count <= Self.rowFillInLimit) || endOfPlane
                let fillIn = shown ? filled(result, upTo: number, phase: phase) : nil
                return TranscriptDocument.Entry(
                    heading: "Step \(number + 1)/\(operation.stepCount): \(formatter.targetLabel(step))", lines: lines, fillIn: fillIn)
            }
        }
    }

    /// `Steps 2–4: the window reaches the padding.`, written where those steps begin.
    static func stepNote(_ narration: Phase.StepNarration) -> String {
        let steps = narration.steps
        let which = steps.count == 1 ? "Step \(steps.lowerBound)" : "Steps \(steps.lowerBound)–\(steps.upperBound)"
        return "\(which): \(narration.text)"
    }

    private func filled(_ result: Tensor, upTo number: Int, phase: Phase) -> MatrixBlock {
        let name = phase.operation?.resultName ?? .output
        let planes = MatrixText.planes(of: result).map { plane in
            let label =
                plane.count > 0 && result.shape.prefix(plane.count).reduce(1, *) > 1
                ? "[" + plane.map { String($0 + 1) }.joined(separator: ",") + "]" : ""
            return MatrixBlock.Plane(
                label: label, rows: MatrixText.lines(of: result, plane: plane, glyphs: glyphs) { result.flatIndex($0) <= number })
        }
        return MatrixBlock(caption: glyphs.text(phase.names.name(of: name)) + " so far", planes: planes)
    }
}

/// The content of a text or markdown transcript, independent of layout.
struct TranscriptDocument {
    /// One step (or table row).
    struct Entry {
        let heading: String
        let lines: [String]
        let fillIn: MatrixBlock?
    }

    /// One phase.
    struct Section {
        let heading: String
        let narration: String
        let operands: [MatrixBlock]
        let geometry: [String]
        let steps: [Entry]
    }

    let id: String, title: String, kind: String, size: String, introduction: String
    let notes: [String]
    let phases: [Section]
}
