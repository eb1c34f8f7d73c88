import CNNEngine
import LessonModel
import LessonText

/// The NumPy program for a computation lesson (image, conv2d, relu, pooling, chains, backward).
struct NumPySnippet {
    /// The lesson written out.
    let lesson: Lesson
    private var plan: CodeSnippetPlan { CodeSnippetPlan(lesson: lesson) }

    /// Creates the snippet for `lesson`.
    init(lesson: Lesson) {
        self.lesson = lesson
    }

    /// The whole program.
    func render() -> String {
        var blocks = [
            CodeSnippet.header(lesson, framework: "NumPy", requirement: "needs numpy") + "\n" + CodeSnippet.resultsComment(lesson),
            "import json\n\nimport numpy as np",
        ]
        blocks += functions()
        var computation = forward()
        if let gradOutput = lesson.gradOutput { computation += "\n\n" + backward(gradOutput) }
        blocks.append(computation + "\n\nprint(json.dumps(results))")
        return blocks.joined(separator: "\n\n\n") + "\n"
    }

    /// The helpers every program uses, then each stage's functions in stage order, each once.
    private func functions() -> [String] {
        let backward = lesson.gradOutput != nil
        var seen = Set<String>()
        let stages = lesson.stages.flatMap { $0.code.numpyFunctions(backward: backward) }.filter { seen.insert($0).inserted }
        guard !stages.isEmpty else { return [] }
        return NumPyFunctions.helpers(backward: backward) + stages
    }

    /// `name = np.array([...], dtype=float)` with the rows aligned.
    static func array(_ name: String, _ tensor: Tensor) -> String {
        let prefix = "\(name) = np.array("
        return prefix + PythonLiteral.nestedList(tensor, column: prefix.count) + ", dtype=float)"
    }

    private func forward() -> String {
        plan.forwardProgram(inputLine: { Self.array("x", $0) }, statements: statements(forStage:))
    }

    private func statements(forStage index: Int) -> [String] {
        lesson.stages[index].code.numpyForward(plan.variables(of: index))
    }

    private func backward(_ gradOutput: Tensor) -> String {
        var lines = [
            "# Backward pass: dL/dO of the last stage, then each stage's dL/dX from the last stage to the first.",
            Self.array(plan.gradient(of: plan.finalOutput), gradOutput),
        ]
        for index in plan.backwardOrder {
            lines += lesson.stages[index].code.numpyBackward(plan.variables(of: index))
        }
        lines += ["", "results[\"grad_input\"] = \(plan.gradient(of: "x")).tolist()"]
        if let first = plan.firstConvolution {
            lines.append("results[\"grad_filters\"] = dw\(first + 1).tolist()")
            lines.append("results[\"grad_bias\"] = db\(first + 1).tolist()")
        }
        return lines.joined(separator: "\n")
    }
}
