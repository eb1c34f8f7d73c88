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

    /// The title and introduction, then per phase its heading and narration, the matrices it is computed from,
    /// then one line per step.
    public func entries() -> [Entry] {
        var entries = [Entry(text: glyphs.text("\(lesson.title)\n\(lesson.introduction)"), isStep: false)]
        for note in lesson.notes { entries.append(Entry(text: glyphs.text("Note: \(note)"), isStep: false)) }
        let phases = lesson.phases
        for (number, phase) in phases.enumerated() {
            var heading = "Phase \(number + 1) of \(phases.count): \(phase.title). \(phase.narration)"
            if phase.kind == .forward { heading += ShapeCoach.warnings(for: phase.stage, glyphs: glyphs).map { " " + $0 }.joined() }
            entries.append(Entry(text: glyphs.text(heading), isStep: false))
            entries += phase.operandBlocks(glyphs: glyphs).map { Entry(text: Self.text(of: $0), isStep: false) }
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
                    text: glyphs.text(
                        "Row \(number + 1) of \(rows.count): \(row.name), activation \(shape), size \(LayerStack.grouped(row.activationSize)), parameters \(row.parameterFormula)."
                            + LayerTableText.details(of: row).map { " " + $0 + "." }.joined()),
                    isStep: true)
            }
        case .traced(let operation):
            let formatter = StepFormatter(phase: phase, glyphs: glyphs)
            return (0..<operation.stepCount).compactMap { number in
                guard let step = operation.step(at: number) else { return nil }
                let place = phase.windowPlace(of: step, glyphs: glyphs).map { " \($0)." } ?? ""
                let words = phase.stepNarration.first { $0.steps.lowerBound == number + 1 }.map { " " + glyphs.text($0.text) } ?? ""
                return Entry(
                    text: "Step \(number + 1) of \(operation.stepCount).\(place) \(formatter.equation(step))\(words)", isStep: true)
            }
        }
    }

    /// `W:` and the matrix's rows below it, each plane under its label: the problem in full for a reader who
    /// cannot see the screen.
    static func text(of block: MatrixBlock) -> String {
        var lines = [block.caption + ":"]
        for plane in block.planes {
            if !plane.label.isEmpty { lines.append("  " + plane.label) }
            lines += plane.rows.map { "    " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}
