import CNNEngine
import LessonModel
import LessonText

extension Worksheet {
    /// Phase `number` of `lesson` as a task: its result's grid (or table) and the chosen cells' sums, blank on
    /// the question sheet and computed by the engine on the answer key.
    func task(_ lesson: Lesson, phase number: Int, cells: [ChosenCell]) -> SheetTask {
        let phase = lesson.phases[number], glyphs = options.glyphs
        let heading = glyphs.text("\(number + 1). \(phase.title)")
        switch phase.content {
        case .table(let rows):
            guard case .architecture(let stack) = phase.stage else {
                return SheetTask(heading: heading, instruction: "", grid: nil, table: nil, sums: [], working: [])
            }
            let working = rows.filter { !$0.shapeFormula.isEmpty }.map { glyphs.text("\($0.name): \($0.shapeFormula)") }
            return SheetTask(
                heading: heading, instruction: "Complete each layer's output shape and its learnable parameters.",
                grid: nil, table: table(rows, stack: stack), sums: [], working: options.answers ? working : [])
        case .traced(let operation):
            let formatter = StepFormatter(phase: phase, glyphs: glyphs)
            let result = operation.result()
            let grid = matrix(phase.names.name(of: operation.resultName), result, filled: options.answers)
            let sums = cells.compactMap { cell in operation.step(for: cell.index) }.map { step in
                options.answers ? [SumPiece.text(formatter.equation(step))] : formatter.blankEquation(step)
            }
            let window = phase.kind == .forward ? phase.stage.operation.slidingWindow : nil
            return SheetTask(
                heading: heading, instruction: "Fill in every cell of \(grid.caption).", grid: grid, table: nil, sums: sums,
                working: options.answers ? window.map { ShapeCoach.lines(for: $0, glyphs: glyphs) } ?? [] : [])
        }
    }

    /// The layer table: name and layer given; shape and parameters blank, or filled on the answer key.
    private func table(_ rows: [LayerRow], stack: LayerStack) -> SheetTable {
        let glyphs = options.glyphs
        let body = rows.enumerated().map { number, row -> [String?] in
            let isInput = number == 0
            let layer = isInput ? "input" : stack.layers[number - 1].spec.summary
            let shown = options.answers || isInput
            return [
                glyphs.text(row.name), glyphs.text(layer), shown ? glyphs.text(Tensor.shapeText(row.shape)) : nil,
                shown ? glyphs.text(row.parameterFormula) : nil,
            ]
        }
        return SheetTable(header: ["Layer", "Given", "Output shape", "Learnable parameters"], rows: body)
    }
}
