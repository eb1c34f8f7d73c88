import CNNEngine
import LessonModel
import LessonText

/// The PyTorch program for a computation lesson: `torch.nn.functional` forward, autograd backward.
struct PyTorchSnippet {
    /// The lesson written out.
    let lesson: Lesson
    private var plan: CodeSnippetPlan { CodeSnippetPlan(lesson: lesson) }
    private var backward: Bool { lesson.gradOutput != nil }

    /// Creates the snippet for `lesson`.
    init(lesson: Lesson) {
        self.lesson = lesson
    }

    /// The whole program.
    func render() -> String {
        var blocks = [
            CodeSnippet.header(lesson, framework: "PyTorch", requirement: "needs torch") + "\n"
                + CodeSnippet.resultsComment(lesson) + "\n"
                + PythonLiteral.comment(
                    "Tensors are [C][H][W] without a batch: unsqueeze(0) adds one for the F calls and [0] removes it."),
            "import json\n\nimport torch\nimport torch.nn.functional as F",
            forward(),
        ]
        if let gradOutput = lesson.gradOutput { blocks.append(backwardPass(gradOutput)) }
        blocks.append("print(json.dumps(results))")
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private var writer: PyTorchWriter { PyTorchWriter(backward: backward) }

    private func forward() -> String {
        plan.forwardProgram(inputLine: { writer.tensor("x", $0, gradient: true) }) { index in
            lesson.stages[index].code.pytorchForward(plan.variables(of: index), writer)
        }
    }

    private func backwardPass(_ gradOutput: Tensor) -> String {
        var lines = [
            "# Backward pass: autograd takes dL/dO of the last stage back through every stage.",
            writer.tensor("grad_output", gradOutput, gradient: false),
            "\(plan.finalOutput).backward(grad_output)",
            "",
            "results[\"grad_input\"] = x.grad.tolist()",
        ]
        if let first = plan.firstConvolution {
            lines.append("results[\"grad_filters\"] = w\(first + 1).grad.tolist()")
            lines.append("results[\"grad_bias\"] = b\(first + 1).grad.tolist()")
        }
        return lines.joined(separator: "\n")
    }
}
