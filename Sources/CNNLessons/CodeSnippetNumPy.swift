import CNNEngine

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

    private func functions() -> [String] {
        var convolution = false, relu = false, maxPool = false, averagePool = false
        for stage in lesson.stages {
            switch stage {
            case .convolution: convolution = true
            case .relu: relu = true
            case .pooling(let pool): if pool.kind == .max { maxPool = true } else { averagePool = true }
            case .image, .architecture: continue
            }
        }
        guard convolution || relu || maxPool || averagePool else { return [] }
        return NumPyFunctions.definitions(
            convolution: convolution, relu: relu, maxPool: maxPool, averagePool: averagePool,
            backward: lesson.gradOutput != nil)
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
        let input = plan.input(of: index), output = plan.output(of: index), number = index + 1
        switch lesson.stages[index] {
        case .image(let image):
            return [Self.array(output, image)]
        case .convolution(let conv):
            let bias = conv.hasBias ? [Self.array("b\(number)", conv.bias)]
                : ["b\(number) = np.zeros(\(conv.filterCount))  # the lesson has no bias: zeros, so dL/db still shows"]
            return [Self.array("w\(number)", conv.filters)] + bias + [
                "\(output) = conv2d(\(input), w\(number), b\(number), \(Self.geometry(conv)))"
            ]
        case .relu:
            return ["\(output) = relu(\(input))"]
        case .pooling(let pool):
            return ["\(output) = \(Self.poolName(pool))(\(input), \(Self.geometry(pool)))"]
        case .architecture:
            return []
        }
    }

    private func backward(_ gradOutput: Tensor) -> String {
        var lines = [
            "# Backward pass: dL/dO of the last stage, then each stage's dL/dX from the last stage to the first.",
            Self.array(plan.gradient(of: plan.finalOutput), gradOutput),
        ]
        for index in plan.backwardOrder {
            let input = plan.input(of: index), output = plan.output(of: index)
            let dInput = plan.gradient(of: input), dOutput = plan.gradient(of: output), number = index + 1
            switch lesson.stages[index] {
            case .convolution(let conv):
                lines.append(
                    "\(dInput), dw\(number), db\(number) = conv2d_backward(\(input), w\(number), \(dOutput), \(Self.geometry(conv)))")
            case .relu:
                lines.append("\(dInput) = relu_backward(\(input), \(dOutput))")
            case .pooling(let pool):
                lines.append("\(dInput) = \(Self.poolName(pool))_backward(\(input), \(dOutput), \(Self.geometry(pool)))")
            case .image, .architecture:
                continue
            }
        }
        lines += ["", "results[\"grad_input\"] = \(plan.gradient(of: "x")).tolist()"]
        if let first = plan.firstConvolution {
            lines.append("results[\"grad_filters\"] = dw\(first + 1).tolist()")
            lines.append("results[\"grad_bias\"] = db\(first + 1).tolist()")
        }
        return lines.joined(separator: "\n")
    }

    private static func geometry(_ conv: Conv2D) -> String {
        let window = conv.window
        return "stride=\(PythonLiteral.tuple(window.stride)), pad=\(PythonLiteral.tuple(window.padding)), "
            + "dilation=\(PythonLiteral.tuple(window.dilation))"
    }

    private static func geometry(_ pool: Pool2D) -> String {
        let window = pool.window
        return "size=\(PythonLiteral.tuple(window.kernel)), stride=\(PythonLiteral.tuple(window.stride)), "
            + "pad=\(PythonLiteral.tuple(window.padding))"
    }

    private static func poolName(_ pool: Pool2D) -> String {
        pool.kind == .max ? "maxpool2d" : "avgpool2d"
    }
}
