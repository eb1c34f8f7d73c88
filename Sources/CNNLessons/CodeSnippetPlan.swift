import CNNEngine

/// The Python variable names of a computation lesson and the comments that describe its stages, shared by the
/// NumPy and PyTorch snippets so that both read the same way.
struct CodeSnippetPlan {
    /// The lesson written out.
    let lesson: Lesson

    /// The index of the first convolution: its dL/dW and dL/db are the lesson's `grad_filters`, `grad_bias`.
    var firstConvolution: Int? {
        lesson.stages.firstIndex { if case .convolution = $0 { return true } else { return false } }
    }

    /// The variable holding stage `index`'s input: `x` for the first, the previous output after.
    func input(of index: Int) -> String {
        index == 0 ? "x" : output(of: index - 1)
    }

    /// The variable holding stage `index`'s output: `z2` for a convolution, `a2` for ReLU, `p2` for pooling.
    func output(of index: Int) -> String {
        switch lesson.stages[index] {
        case .image, .architecture: return input(of: index)
        case .convolution: return "z\(index + 1)"
        case .relu: return "a\(index + 1)"
        case .pooling: return "p\(index + 1)"
        }
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
        let number = "Stage \(index + 1)"
        switch lesson.stages[index] {
        case .image(let image):
            return "# The image, \(Self.shapeText(image)): each cell is a pixel's intensity."
        case .convolution(let conv):
            let window = conv.window
            return "# \(number): conv2d (cross-correlation), filters \(Self.shapeText(conv.filters, layout: "[F][C][KH][KW]")),\n"
                + "# stride \(PythonLiteral.tuple(window.stride)), padding (top, bottom, left, right) = "
                + "\(PythonLiteral.tuple(window.padding)), dilation \(PythonLiteral.tuple(window.dilation))."
        case .relu:
            return "# \(number): relu, max(0, x) cell by cell."
        case .pooling(let pool):
            let name = pool.kind == .max ? "maxpool2d" : "avgpool2d"
            return "# \(number): \(name), window \(PythonLiteral.tuple(pool.window.kernel)),\n# stride "
                + "\(PythonLiteral.tuple(pool.window.stride)), padding (top, bottom, left, right) = "
                + "\(PythonLiteral.tuple(pool.window.padding))."
        case .architecture:
            return "# \(number): a layer table."
        }
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
        return lines.joined(separator: "\n")
    }
}
