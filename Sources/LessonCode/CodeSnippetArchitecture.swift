import CNNEngine
import LessonModel
import LessonText

extension CodeSnippet {
    /// An architecture lesson in plain Python: each layer's activation shape, size and parameters, computed.
    static func architectureNumPy(_ lesson: Lesson, stack: LayerStack) -> String {
        let header =
            header(lesson, framework: "plain Python", requirement: "no packages needed") + "\n"
            + PythonLiteral.comment(architectureResultsComment)
        guard let layers = ArchitectureLayer.resolve(stack) else { return unresolvable(header, stack: stack) }
        let layerLines = layers.map { "    (\(PythonLiteral.string($0.name)), \(PythonLiteral.string($0.kind)), \($0.settings))," }
        let definitions = """
            # The input (H, W, C) and each layer as (name, kind, settings); padding is (top, bottom, left, right).
            input_shape = \(PythonLiteral.tuple(stack.input))
            layers = [
            \(layerLines.joined(separator: "\n"))
            ]
            """
        return [header, "import json", definitions, architectureFunctions, architectureTable].joined(separator: "\n\n\n") + "\n"
    }

    /// An architecture lesson in PyTorch: real `nn` layers run on a zero image; shapes and parameters measured.
    static func architecturePyTorch(_ lesson: Lesson, stack: LayerStack) -> String {
        let header =
            header(lesson, framework: "PyTorch", requirement: "needs torch") + "\n"
            + PythonLiteral.comment(architectureResultsComment)
        guard let layers = ArchitectureLayer.resolve(stack) else { return unresolvable(header, stack: stack) }
        let layerLines = layers.map { "    (\(PythonLiteral.string($0.name)), \($0.module))," }
        let input = stack.input
        let inputSize = input.reduce(1, *)
        let body = """
            # Each layer as a module; asymmetric padding is a pad module taking (left, right, top, bottom).
            layers = [
            \(layerLines.joined(separator: "\n"))
            ]

            x = torch.zeros(1, \(input[2]), \(input[0]), \(input[1]))  # one \(input[0])×\(input[1])×\(input[2]) image as (N, C, H, W)
            table = [{"name": "Input", "shape": \(input), "size": \(inputSize), "parameters": 0}]
            with torch.no_grad():
                for name, layer in layers:
                    x = layer(x)
                    shape = [x.shape[2], x.shape[3], x.shape[1]] if x.dim() == 4 else [x.shape[1]]
                    parameters = sum(p.numel() for p in layer.parameters())
                    table.append({"name": name, "shape": shape, "size": x[0].numel(), "parameters": parameters})

            for row in table:
                shape = " x ".join(str(n) for n in row["shape"])
                print(f"{row['name']:<24} {shape:<14} size {row['size']:>9}   parameters {row['parameters']:>10}")
            print(json.dumps({"table": table}))
            """
        return [header, "import json\n\nimport torch\nfrom torch import nn", body].joined(separator: "\n\n") + "\n"
    }

    private static let architectureResultsComment = """
        It prints the table, then as its last line JSON: {"table": [{"name", "shape" (H, W, C or N), "size",
        "parameters"}, ...]}, starting with the input. Compare with the tutor's table for this lesson.
        """

    private static let architectureFunctions = """
        def output_size(n, kernel, stride, before, after, dilation=1):
            \"\"\"How many windows fit along one axis: (n + before + after - d*(k - 1) - 1) // s + 1.\"\"\"
            return (n + before + after - dilation * (kernel - 1) - 1) // stride + 1


        def size_of(shape):
            \"\"\"The number of values in an activation of this shape.\"\"\"
            total = 1
            for n in shape:
                total *= n
            return total


        def layer_row(shape, kind, settings):
            \"\"\"The activation shape after one layer, and the layer's learnable parameters.\"\"\"
            if kind in ("conv", "maxpool", "avgpool"):
                (h, w, c), (kh, kw), (sh, sw) = shape, settings["kernel"], settings["stride"]
                top, bottom, left, right = settings["pad"]
                dh, dw = settings.get("dilation", (1, 1))
                oh, ow = output_size(h, kh, sh, top, bottom, dh), output_size(w, kw, sw, left, right, dw)
                if kind == "conv":
                    f = settings["filters"]
                    return (oh, ow, f), kh * kw * c * f + f  # weights per filter × filters + one bias per filter
                return (oh, ow, c), 0
            if kind == "flatten":
                return (size_of(shape),), 0
            units = settings["units"]  # fc, and softmax: a dense layer of `units` outputs, then softmax (no parameters)
            return (units,), size_of(shape) * units + units
        """

    private static let architectureTable = """
        table = [("Input", input_shape, 0)]
        for name, kind, settings in layers:
            shape, parameters = layer_row(table[-1][1], kind, settings)
            table.append((name, shape, parameters))

        for name, shape, parameters in table:
            shown = " x ".join(str(n) for n in shape)
            print(f"{name:<24} {shown:<14} size {size_of(shape):>9}   parameters {parameters:>10}")
        print(f"total parameters: {sum(parameters for _, _, parameters in table)}")
        print(json.dumps({"table": [
            {"name": name, "shape": list(shape), "size": size_of(shape), "parameters": parameters}
            for name, shape, parameters in table
        ]}))
        """

    /// A program that explains why the table cannot be computed, for a stack whose shapes do not fit.
    private static func unresolvable(_ header: String, stack: LayerStack) -> String {
        var reason = "the layers do not fit together"
        do {
            _ = try stack.rows()
        } catch {
            reason = error.description
        }
        let body = """
            # There is nothing to compute: \(reason.split(separator: "\n").joined(separator: " "))
            print(json.dumps({"error": \(PythonLiteral.string(reason))}))
            """
        return [header, "import json", body].joined(separator: "\n\n") + "\n"
    }
}

/// One layer of an architecture lesson with its padding resolved against the activation it receives.
struct ArchitectureLayer {
    /// The layer's label.
    let name: String
    /// `conv`, `maxpool`, `avgpool`, `flatten`, `fc` or `softmax`, as lesson files write it.
    let kind: String
    /// The Python dict of its settings.
    let settings: String
    /// The `torch.nn` module that computes it.
    let module: String

    /// Every layer of `stack`, or nil when its shapes do not fit together.
    static func resolve(_ stack: LayerStack) -> [ArchitectureLayer]? {
        guard let rows = try? stack.rows(), rows.count == stack.layers.count + 1 else { return nil }
        var layers: [ArchitectureLayer] = []
        for (index, layer) in stack.layers.enumerated() {
            guard let resolved = make(layer.name, layer.spec, before: rows[index].shape) else { return nil }
            layers.append(resolved)
        }
        return layers
    }

    private static func make(_ name: String, _ spec: LayerSpec, before shape: [Int]) -> ArchitectureLayer? {
        let flatten = shape.count == 3 ? "nn.Flatten(), " : ""
        let inputs = shape.reduce(1, *)
        switch spec {
        case let .convolution(filters, kernel, stride, padding, dilation):
            guard shape.count == 3, let sides = resolvedPadding(shape, kernel, stride, padding, dilation) else { return nil }
            let settings =
                "{\"filters\": \(filters), \"kernel\": \(PythonLiteral.tuple(kernel)), \"stride\": "
                + "\(PythonLiteral.tuple(stride)), \"pad\": \(PythonLiteral.tuple(sides)), \"dilation\": \(PythonLiteral.tuple(dilation))}"
            let conv =
                "nn.Conv2d(\(shape[2]), \(filters), kernel_size=\(PythonLiteral.tuple(kernel)), stride=\(PythonLiteral.tuple(stride))"
                + "\(paddingArgument(sides)), dilation=\(PythonLiteral.tuple(dilation)))"
            return ArchitectureLayer(name: name, kind: "conv", settings: settings, module: padded(conv, sides, fill: nil))
        case let .pooling(kind, size, stride, padding):
            guard shape.count == 3, let sides = resolvedPadding(shape, size, stride, padding, Pair(1)) else { return nil }
            let settings =
                "{\"kernel\": \(PythonLiteral.tuple(size)), \"stride\": \(PythonLiteral.tuple(stride)), "
                + "\"pad\": \(PythonLiteral.tuple(sides))}"
            let type = kind == .max ? "MaxPool2d" : "AvgPool2d"
            let pool =
                "nn.\(type)(kernel_size=\(PythonLiteral.tuple(size)), stride=\(PythonLiteral.tuple(stride))"
                + "\(paddingArgument(sides)))"
            let fill = kind == .max ? "float(\"-inf\")" : nil
            return ArchitectureLayer(
                name: name, kind: kind == .max ? "maxpool" : "avgpool", settings: settings, module: padded(pool, sides, fill: fill))
        case .flatten:
            return ArchitectureLayer(name: name, kind: "flatten", settings: "{}", module: "nn.Flatten()")
        case .fullyConnected(let units):
            return ArchitectureLayer(
                name: name, kind: "fc", settings: "{\"units\": \(units)}",
                module: "nn.Sequential(\(flatten)nn.Linear(\(inputs), \(units)))")
        case .softmax(let classes):
            return ArchitectureLayer(
                name: name, kind: "softmax", settings: "{\"units\": \(classes)}",
                module: "nn.Sequential(\(flatten)nn.Linear(\(inputs), \(classes)), nn.Softmax(dim=1))")
        }
    }

    private static func resolvedPadding(_ shape: [Int], _ kernel: Pair, _ stride: Pair, _ padding: PaddingRule, _ dilation: Pair)
        -> Padding?
    {
        let window = try? SlidingWindow2D(
            input: Pair(rows: shape[0], columns: shape[1]), kernel: kernel, stride: stride, padding: padding, dilation: dilation)
        return window?.padding
    }

    /// `, padding=(rows, columns)` for symmetric, non-zero padding.
    private static func paddingArgument(_ padding: Padding) -> String {
        guard CodeSnippetPlan.isSymmetric(padding), padding != .zero else { return "" }
        return ", padding=\(PythonLiteral.tuple([padding.top, padding.left]))"
    }

    /// The module, behind a pad module when the padding is asymmetric.
    private static func padded(_ module: String, _ padding: Padding, fill: String?) -> String {
        guard !CodeSnippetPlan.isSymmetric(padding) else { return module }
        let sides = PythonLiteral.tuple([padding.left, padding.right, padding.top, padding.bottom])
        let pad = fill.map { "nn.ConstantPad2d(\(sides), \($0))" } ?? "nn.ZeroPad2d(\(sides))"
        return "nn.Sequential(\(pad), \(module))"
    }
}
