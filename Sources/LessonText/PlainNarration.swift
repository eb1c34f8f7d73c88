import CNNEngine
import LessonModel

/// A lesson as plain lines, one per step, for screen readers and logs: no screen, no colour.
public struct PlainNarration: Sendable {
    /// A piece of the narration.
    public struct Entry: Sendable, Equatable {
        /// The text (may hold several lines).
        public let text: String
        /// Whether the reader should pause after it (a step).
        public let isStep: Bool
    }

    /// The lesson.
    public let lesson: Lesson
    /// Unicode or ASCII.
    public let glyphs: Glyphs

    /// Creates a narration.
    public init(lesson: Lesson, glyphs: Glyphs = .unicode) {
        self.lesson = lesson
        self.glyphs = glyphs
    }

    /// The title and introduction, then per phase its heading and narration, then one line per step.
    public func entries() -> [Entry] {
        var entries = [Entry(text: glyphs.text("\(lesson.title)\n\(lesson.introduction)"), isStep: false)]
        for note in lesson.notes { entries.append(Entry(text: glyphs.text("Note: \(note)"), isStep: false)) }
        let phases = lesson.phases
        for (number, phase) in phases.enumerated() {
            var heading = "Phase \(number + 1) of \(phases.count): \(phase.title). \(phase.narration)"
            if phase.kind == .forward { heading += ShapeCoach.warnings(for: phase.stage, glyphs: glyphs).map { " " + $0 }.joined() }
            entries.append(Entry(text: glyphs.text(heading), isStep: false))
            entries += steps(of: phase)
        }
        return entries
    }

    private func steps(of phase: Phase) -> [Entry] {
        switch phase.content {
        case .table(let rows):
            return rows.enumerated().map { number, row in
                let shape = row.shape.map(String.init).joined(separator: " by ")
                return Entry(
                    text: glyphs.text("Row \(number + 1) of \(rows.count): \(row.name), activation \(shape), size \(LayerStack.grouped(row.activationSize)), parameters \(row.parameterFormula)."),
                    isStep: true)
            }
        case .traced(let operation):
            let formatter = StepFormatter(phase: phase, glyphs: glyphs)
            return (0..<operation.stepCount).compactMap { number in
                guard let step = operation.step(at: number) else { return nil }
                let place = windowPlace(step, phase: phase).map { " \($0)." } ?? ""
                return Entry(
                    text: "Step \(number + 1) of \(operation.stepCount).\(place) \(formatter.equation(step))", isStep: true)
            }
        }
    }

    /// The window's place in words: `Window on rows 1 to 3, columns 2 to 4 of X (includes padding)`.
    func windowPlace(_ step: Step, phase: Phase) -> String? {
        let lefts = step.terms.prefix(4096).map(\.left)
        guard let first = lefts.first, first.tensor == .input || first.tensor == .gradOutputFullGrid else { return nil }
        let isGrid = first.tensor == .gradOutputFullGrid
        let offset: (rows: Int, columns: Int)
        if !isGrid, let window = ShapeCoach.window(of: phase.stage) {
            offset = (window.rows.padBefore, window.columns.padBefore)
        } else {
            offset = (0, 0)
        }
        let rows = lefts.map { $0.position[$0.position.count - 2] - offset.rows + 1 }
        let columns = lefts.map { $0.position[$0.position.count - 1] - offset.columns + 1 }
        guard let top = rows.min(), let bottom = rows.max(), let left = columns.min(), let right = columns.max() else { return nil }
        let name = isGrid ? "the padded, zero-inserted \(phase.names.name(of: .gradOutput))" : phase.names.input
        let padding = lefts.contains { $0.origin != .element } ? " (includes padding\(isGrid ? " and inserted zeros" : ""))" : ""
        if top == bottom && left == right { return glyphs.text("Cell at row \(top), column \(left) of \(name)\(padding)") }
        let rowsText = top == bottom ? "row \(top)" : "rows \(top) to \(bottom)"
        let columnsText = left == right ? "column \(left)" : "columns \(left) to \(right)"
        return glyphs.text("Window on \(rowsText), \(columnsText) of \(name)\(padding)")
    }
}
