import CNNEngine
import LessonModel

/// A lesson as plain lines, one per step, for screen readers and logs: no screen, no colour.
public struct PlainNarration: Sendable {
    /// A piece of the narration.
    public struct Entry: Sendable, Equatable {
        /// The text (may hold several lines).
        public let text: String
        /// The step it narrates, as (phase, step number), both 0-based; nil for headings, notes and matrices.
        public let step: StepReference?

        /// Whether the reader should pause after it (a step).
        public var isStep: Bool { step != nil }

        init(text: String, step: StepReference? = nil) {
            self.text = text
            self.step = step
        }
    }

    /// A step of a lesson: its phase and its number within the phase, both 0-based.
    public struct StepReference: Sendable, Equatable, Hashable {
        /// The phase.
        public let phase: Int
        /// The step within it.
        public let number: Int
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
        var entries = [Entry(text: glyphs.text("\(lesson.title)\n\(lesson.introduction)"))]
        for note in lesson.notes { entries.append(Entry(text: glyphs.text("Note: \(note)"))) }
        let phases = lesson.phases
        for (number, phase) in phases.enumerated() {
            var heading = "Phase \(number + 1) of \(phases.count): \(phase.title). \(phase.narration)"
            if phase.kind == .forward { heading += ShapeCoach.warnings(for: phase.stage, glyphs: glyphs).map { " " + $0 }.joined() }
            entries.append(Entry(text: glyphs.text(heading)))
            entries += phase.operandBlocks(glyphs: glyphs).map { Entry(text: Self.text(of: $0)) }
            entries += steps(of: phase, number: number)
        }
        return entries
    }

    /// A step asked as a practice question: where its window is and its label, with `?` for the value
    /// (`Step 1 of 16. Window on rows 1 to 3, columns 1 to 3 of X. Z₁,₁ = ?`); nil for a table row.
    public func question(_ step: Step, of phase: Phase) -> String? {
        guard case .traced(let operation) = phase.content else { return nil }
        let formatter = StepFormatter(phase: phase, glyphs: glyphs)
        return "\(stepLead(step, of: phase, count: operation.stepCount)) \(formatter.targetLabel(step)) = ?"
    }

    /// `Step 3 of 16. Window on rows 1 to 3, columns 3 to 5 of X.`
    private func stepLead(_ step: Step, of phase: Phase, count: Int) -> String {
        let place = phase.windowPlace(of: step, glyphs: glyphs).map { " \($0)." } ?? ""
        return "Step \(step.number + 1) of \(count).\(place)"
    }

    private func steps(of phase: Phase, number phaseNumber: Int) -> [Entry] {
        switch phase.content {
        case .table(let rows):
            return rows.enumerated().map { number, row in
                let shape = row.shape.map(String.init).joined(separator: " by ")
                return Entry(
                    text: glyphs.text(
                        "Row \(number + 1) of \(rows.count): \(row.name), activation \(shape), size \(LayerStack.grouped(row.activationSize)), parameters \(row.parameterFormula)."
                            + LayerTableText.details(of: row).map { " " + $0 + "." }.joined()),
                    step: StepReference(phase: phaseNumber, number: number))
            }
        case .traced(let operation):
            let formatter = StepFormatter(phase: phase, glyphs: glyphs)
            return (0..<operation.stepCount).compactMap { number in
                guard let step = operation.step(at: number) else { return nil }
                let words = phase.stepNarration.first { $0.steps.lowerBound == number + 1 }.map { " " + glyphs.text($0.text) } ?? ""
                return Entry(
                    text: "\(stepLead(step, of: phase, count: operation.stepCount)) \(formatter.equation(step))\(words)",
                    step: StepReference(phase: phaseNumber, number: number))
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
