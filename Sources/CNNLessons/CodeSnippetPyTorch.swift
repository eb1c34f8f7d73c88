import CNNEngine

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

    /// `name = torch.tensor([...], dtype=torch.float64)`, with `requires_grad=True` for a backward pass.
    private func tensor(_ name: String, _ tensor: Tensor, gradient: Bool) -> String {
        let prefix = "\(name) = torch.tensor("
        let grad = gradient && backward ? ", requires_grad=True" : ""
        return prefix + PythonLiteral.nestedList(tensor, column: prefix.count) + ", dtype=torch.float64\(grad))"
    }

    private func forward() -> String {
        plan.forwardProgram(inputLine: { tensor("x", $0, gradient: true) }, statements: statements(forStage:))
    }

    private func statements(forStage index: Int) -> [String] {
        let input = plan.input(of: index), output = plan.output(of: index), number = index + 1
        switch lesson.stages[index] {
        case .image(let image):
            return [tensor(output, image, gradient: false)]
        case .convolution(let conv):
            let grad = backward ? ", requires_grad=True" : ""
            let bias = conv.hasBias ? [tensor("b\(number)", conv.bias, gradient: true)]
                : ["b\(number) = torch.zeros(\(conv.filterCount), dtype=torch.float64\(grad))  # no bias in the lesson: zeros, so dL/db still shows"]
            return [tensor("w\(number)", conv.filters, gradient: true)] + bias + [
                "\(output) = F.conv2d(\(Self.batched(input, conv.window.padding, fill: nil)), w\(number), b\(number), "
                    + "stride=\(PythonLiteral.tuple(conv.window.stride))\(Self.paddingArgument(conv.window.padding)), "
                    + "dilation=\(PythonLiteral.tuple(conv.window.dilation)))[0]"
            ]
        case .relu:
            return ["\(output) = F.relu(\(input))"]
        case .pooling(let pool):
            return [Self.pooling(pool, input: input, output: output)]
        case .architecture:
            return []
        }
    }

    private static func pooling(_ pool: Pool2D, input: String, output: String) -> String {
        let window = pool.window
        let geometry = "kernel_size=\(PythonLiteral.tuple(window.kernel)), stride=\(PythonLiteral.tuple(window.stride))"
        switch pool.kind {
        case .max:
            return "\(output) = F.max_pool2d(\(batched(input, window.padding, fill: "float(\"-inf\")")), \(geometry)"
                + "\(paddingArgument(window.padding)))[0]"
        case .average:
            let counting = CodeSnippetPlan.isSymmetric(window.padding) && window.padding != .zero ? ", count_include_pad=True" : ""
            return "\(output) = F.avg_pool2d(\(batched(input, window.padding, fill: nil)), \(geometry)"
                + "\(paddingArgument(window.padding))\(counting))[0]"
        }
    }

    /// The input with a batch dimension; asymmetric padding is added first with `F.pad` (left, right, top, bottom).
    private static func batched(_ input: String, _ padding: Padding, fill: String?) -> String {
        guard !CodeSnippetPlan.isSymmetric(padding) else { return "\(input).unsqueeze(0)" }
        let sides = PythonLiteral.tuple([padding.left, padding.right, padding.top, padding.bottom])
        let value = fill.map { ", value=\($0)" } ?? ""
        return "F.pad(\(input), \(sides)\(value)).unsqueeze(0)"
    }

    /// `, padding=(rows, columns)` when the padding is symmetric (and not zero); asymmetric padding uses `F.pad`.
    private static func paddingArgument(_ padding: Padding) -> String {
        guard CodeSnippetPlan.isSymmetric(padding), padding != .zero else { return "" }
        return ", padding=\(PythonLiteral.tuple([padding.top, padding.left]))"
    }

    private func backwardPass(_ gradOutput: Tensor) -> String {
        var lines = [
            "# Backward pass: autograd takes dL/dO of the last stage back through every stage.",
            tensor("grad_output", gradOutput, gradient: false),
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
