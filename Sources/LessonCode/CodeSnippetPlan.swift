import CNNEngine
import LessonModel
import LessonText

/// The Python variable names of a computation lesson and the comments that describe its stages, shared by the
/// NumPy and PyTorch snippets so that both read the same way.
struct CodeSnippetPlan {
    /// The lesson written out.
    let lesson: Lesson

    /// The index of the first stage with parameters: its dL/dW and dL/db are `grad_filters`, `grad_bias`.
    var firstConvolution: Int? { lesson.firstLearningStage }

    /// The variable holding stage `index`'s input: `x` for the first, the previous output after.
    func input(of index: Int) -> String {
        index == 0 ? "x" : output(of: index - 1)
    }

    /// The variable holding stage `index`'s output: `z2` for a convolution, `a2` for ReLU, `p2` for pooling.
    func output(of index: Int) -> String {
        lesson.stages[index].code.outputPrefix.map { "\($0)\(index + 1)" } ?? input(of: index)
    }

    /// Stage `index`'s variables.
    func variables(of index: Int) -> StageVariables {
        StageVariables(number: index + 1, input: input(of: index), output: output(of: index))
    }

    /// The variable holding dL/d`name`.
    func gradient(of name: String) -> String { "d" + name }

    /// The variable of the last stage's output.
    var finalOutput: String { output(of: lesson.stages.count - 1) }

    /// `[C][H][W] = 1×6×6` for a comment.
    static func shapeText(_ tensor: Tensor, layout: String = "[C][H][W]") -> String {
        "\(layout) = " + tensor.shape.map(String.init).joined(separator: "×")
    }

    /// Comment lines describing stage `index`: its operation and geometry.
    func comment(forStage index: Int) -> String {
        lesson.stages[index].code.comment(stage: index + 1)
    }

    /// Whether padding is the same before and after along each axis, so a framework's `padding=` can express it.
    static func isSymmetric(_ padding: Padding) -> Bool {
        padding.top == padding.bottom && padding.left == padding.right
    }

    /// The stages' indices from the last to the first, as the backward pass visits them.
    var backwardOrder: [Int] { Array(lesson.stages.indices.reversed()) }

    /// The forward part of a program: the input (`inputLine` builds its array), each stage's comment and
    /// `statements`, then the `results` dictionary.
    func forwardProgram(inputLine: (Tensor) -> String, statements: (Int) -> [String]) -> String {
        var lines: [String] = []
        if let input = lesson.stages.first?.input, !lesson.stages[0].isImage {
            lines += ["# The input X, \(Self.shapeText(input)).", inputLine(input), ""]
        }
        for index in lesson.stages.indices {
            lines.append(comment(forStage: index))
            lines += statements(index)
            lines.append("")
        }
        lines.append("results = {\"output\": \(finalOutput).tolist()}")
        lines += lesson.stages.indices.flatMap { lesson.stages[$0].code.resultLines(variables(of: $0)) }
        return lines.joined(separator: "\n")
    }
}
