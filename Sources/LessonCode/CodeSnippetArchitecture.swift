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
            # The input (H, W, C) and each layer as (name, kind, settings); pad is (top, bottom, left, right).
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
            table = [{"name": "Input", "shape": \(input), "size": \(inputSize), "parameters": 0, "multiply_adds": 0}]
            with torch.no_grad():
                for name, layer in layers:
                    with FlopCounterMode(display=False) as counter:  # PyTorch counts a multiply-add as 2 flops
                        x = layer(x)
                    shape = [x.shape[2], x.shape[3], x.shape[1]] if x.dim() == 4 else [x.shape[1]]
                    parameters = sum(p.numel() for p in layer.parameters())
                    table.append({
                        "name": name, "shape": shape, "size": x[0].numel(), "parameters": parameters,
                        "multiply_adds": counter.get_total_flops() // 2,
                    })

            for row in table:
                shape = " x ".join(str(n) for n in row["shape"])
                print(
                    f"{row['name']:<24} {shape:<14} size {row['size']:>9}   parameters {row['parameters']:>10}"
                    f"   multiply-adds {row['multiply_adds']:>12}"
                )
            print(f"total parameters: {sum(row['parameters'] for row in table)}")
            print(json.dumps({"table": table}))
            """
        return [header, "import json\n\nimport torch\nfrom torch import nn\nfrom torch.utils.flop_counter import FlopCounterMode", body]
            .joined(separator: "\n\n") + "\n"
    }

    private static let architectureResultsComment = """
        It prints the table, then as its last line JSON: {"table": [{"name", "shape" (H, W, C or N), "size",
        "parameters", "multiply_adds"}, ...]}, starting with the input. Compare with the tutor's table for this lesson.
        """

    private static let architectureFunctions = """
        def output_size(n, kernel, stride, before, after, dilation=1, ceil_mode=False):
            \"\"\"How many windows fit along one axis: (n + before + after - d*(k - 1) - 1) // s + 1; in ceil mode rounded
            up, but a last window must still start inside the input or its left padding (PyTorch's rule).\"\"\"
            reach = n + before + after - dilation * (kernel - 1) - 1
            if not ceil_mode:
                return reach // stride + 1
            size = -(-reach // stride) + 1
            if (size - 1) * stride >= n + before:
                size -= 1
            return size


        def transposed_size(n, kernel, stride, padding, output_padding, dilation):
            \"\"\"A transposed convolution's output along one axis: (n - 1)*s - 2*p + d*(k - 1) + output_padding + 1.\"\"\"
            return (n - 1) * stride - 2 * padding + dilation * (kernel - 1) + output_padding + 1


        def size_of(shape):
            \"\"\"The number of values in an activation of this shape.\"\"\"
            total = 1
            for n in shape:
                total *= n
            return total


        def layer_row(shape, kind, settings):
            \"\"\"The activation shape after one layer, its learnable parameters and its multiply-adds.\"\"\"
            if kind in ("relu", "sigmoid"):
                return shape, 0, 0  # element by element: the same shape, nothing to learn
            if kind == "flatten":
                return (size_of(shape),), 0, 0
            if kind in ("fc", "softmax"):
                units = settings["units"]  # softmax: a dense layer of `units` outputs, then softmax (no parameters)
                return (units,), size_of(shape) * units + units, size_of(shape) * units
            (h, w, c), (kh, kw), (sh, sw) = shape, settings["kernel"], settings["stride"]
            dh, dw = settings["dilation"]
            if kind == "conv_transpose":
                (ph, pw), (oph, opw) = settings["padding"], settings["output_padding"]
                oh, ow = transposed_size(h, kh, sh, ph, oph, dh), transposed_size(w, kw, sw, pw, opw, dw)
            else:
                top, bottom, left, right = settings["pad"]
                ceil_mode = settings.get("ceil_mode", False)
                oh = output_size(h, kh, sh, top, bottom, dh, ceil_mode)
                ow = output_size(w, kw, sw, left, right, dw, ceil_mode)
            if kind in ("maxpool", "avgpool"):
                return (oh, ow, c), 0, 0
            f, groups = settings["filters"], settings["groups"]
            weights = kh * kw * (c // groups)  # each filter reads only the c / groups channels of its group
            # One multiply-add per weight for every output cell of a convolution, every input cell of a transposed one.
            cells = h * w if kind == "conv_transpose" else oh * ow
            return (oh, ow, f), weights * f + f, cells * f * weights
        """

    private static let architectureTable = """
        table = [("Input", input_shape, 0, 0)]
        for name, kind, settings in layers:
            shape, parameters, multiply_adds = layer_row(table[-1][1], kind, settings)
            table.append((name, shape, parameters, multiply_adds))

        for name, shape, parameters, multiply_adds in table:
            shown = " x ".join(str(n) for n in shape)
            print(
                f"{name:<24} {shown:<14} size {size_of(shape):>9}   parameters {parameters:>10}"
                f"   multiply-adds {multiply_adds:>12}"
            )
        print(f"total parameters: {sum(row[2] for row in table)}, total multiply-adds: {sum(row[3] for row in table)}")
        print(json.dumps({"table": [
            {"name": name, "shape": list(shape), "size": size_of(shape), "parameters": parameters,
             "multiply_adds": multiply_adds}
            for name, shape, parameters, multiply_adds in table
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
