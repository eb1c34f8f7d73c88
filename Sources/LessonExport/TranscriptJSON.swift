import CNNEngine
import LessonModel
import LessonText

/// The JSON transcript: `id`, `title`, `kind`, `phases`, `steps` (target, terms, bias, value) and `results`.
struct TranscriptJSON {
    let lesson: Lesson

    func render() -> String {
        let phases = lesson.phases
        var steps: [JSONValue] = []
        for (number, phase) in phases.enumerated() {
            guard let operation = phase.operation else { continue }
            let formatter = StepFormatter(phase: phase, glyphs: .unicode)
            for index in 0..<operation.stepCount {
                guard let step = operation.step(at: index) else { continue }
                steps.append(json(step, phase: number, formatter: formatter))
            }
        }
        let results = lesson.results()
        let root = JSONValue.object([
            ("id", .string(lesson.id)),
            ("title", .string(lesson.title)),
            ("kind", .string(lesson.kind)),
            (
                "phases",
                .array(
                    phases.enumerated().map { number, phase in
                        .object([
                            ("number", .number(Double(number))), ("kind", .string(phase.kind.rawValue)),
                            ("stage", .number(Double(phase.stageIndex))), ("title", .string(phase.title)),
                            ("steps", .number(Double(phase.operation == nil ? 0 : phase.stepCount))),
                            ("rows", Self.rows(of: phase)),
                        ])
                    })
            ),
            ("steps", .array(steps)),
            (
                "results",
                .object(
                    ResultKey.allCases.compactMap { key in
                        results[key].map { (key.rawValue, JSONValue.tensor($0.scalars, shape: $0.shape)) }
                    })
            ),
        ])
        return root.serialized() + "\n"
    }

    private func json(_ step: Step, phase: Int, formatter: StepFormatter) -> JSONValue {
        .object([
            ("phase", .number(Double(phase))),
            ("number", .number(Double(step.number))),
            (
                "target",
                .object([
                    ("tensor", .string(step.target.rawValue)), ("index", indexJSON(step.targetIndex)),
                    ("label", .string(formatter.targetLabel(step))),
                ])
            ),
            ("rule", .string(ruleName(step.rule))),
            (
                "terms",
                .array(
                    step.terms.map { term in
                        .object([
                            ("left", operandJSON(term.left)), ("right", term.right.map(operandJSON) ?? .null),
                            ("product", .number(term.product)),
                        ])
                    })
            ),
            ("bias", step.bias.map(operandJSON) ?? .null),
            ("value", .number(step.total)),
        ])
    }

    /// A table phase's layer rows (empty for other phases, whose cells are in `steps`).
    private static func rows(of phase: Phase) -> JSONValue {
        guard case .table(let rows) = phase.content else { return .array([]) }
        return .array(
            rows.map { row in
                .object([
                    ("name", .string(row.name)), ("shape", .array(row.shape.map { .number(Double($0)) })),
                    ("size", .number(Double(row.activationSize))), ("parameters", .number(Double(row.parameters))),
                    ("formula", .string(row.parameterFormula)),
                    ("shape_formula", .string(row.shapeFormula)), ("multiply_adds", .number(Double(row.multiplyAdds))),
                    (
                        "receptive_field",
                        row.receptiveField.map { .array([.number(Double($0.rows)), .number(Double($0.columns))]) } ?? .null
                    ),
                    ("multiply_add_formula", .string(row.multiplyAddFormula)),
                    ("receptive_field_is_upper_bound", .bool(row.receptiveFieldIsUpperBound)),
                ])
            })
    }

    private func operandJSON(_ operand: Operand) -> JSONValue {
        .object([
            ("tensor", .string(operand.tensor.rawValue)), ("position", indexJSON(operand.position)),
            ("index", operand.source.map(indexJSON) ?? .null), ("value", .number(operand.value)),
            ("origin", .string(operand.origin.rawValue)),
        ])
    }

    private func indexJSON(_ index: [Int]) -> JSONValue {
        .array(index.map { .number(Double($0)) })
    }

    private func ruleName(_ rule: CombineRule) -> String {
        switch rule {
        case .sum: return "sum"
        case .maximum: return "max"
        case .mean(let divisor): return "mean/\(divisor)"
        case .rectify: return "relu"
        case .sigmoid: return "sigmoid"
        case .sigmoidDerivative: return "sigmoid-derivative"
        case .softmax(let numerator): return "softmax/\(numerator)"
        case .negativeLog: return "negative-log"
        case .negativeLogSoftmax(let target): return "negative-log-softmax/\(target)"
        case .meanSquaredError(let divisor): return "mse/\(divisor)"
        case .scaledDifference(let factor, let divisor): return "difference*\(factor)/\(divisor)"
        case .negativeRatio: return "negative-ratio"
        case .gradientStep(let learningRate): return "gradient-step/\(NumberText.exact(learningRate))"
        }
    }
}
