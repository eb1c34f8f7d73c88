import CNNEngine
import LessonModel

/// One layer of an architecture lesson with its padding resolved against the activation it receives: the settings
/// the plain-Python table reads, and the `torch.nn` module with PyTorch's argument names.
struct ArchitectureLayer {
    /// The layer's label.
    let name: String
    /// The layer's `type` as lesson files write it: `conv`, `conv_transpose`, `maxpool`, `relu`, `fc`, ….
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
        case let .convolution(filters, kernel, stride, padding, dilation, groups):
            guard shape.count == 3, let sides = resolvedPadding(shape, kernel, stride, padding, dilation) else { return nil }
            let settings =
                "{\"filters\": \(filters), \"kernel\": \(PythonLiteral.tuple(kernel)), \"stride\": "
                + "\(PythonLiteral.tuple(stride)), \"pad\": \(PythonLiteral.tuple(sides)), \"dilation\": \(PythonLiteral.tuple(dilation)), "
                + "\"groups\": \(groups)}"
            let conv =
                "nn.Conv2d(\(shape[2]), \(filters), kernel_size=\(PythonLiteral.tuple(kernel)), stride=\(PythonLiteral.tuple(stride))"
                + "\(paddingArgument(sides)), dilation=\(PythonLiteral.tuple(dilation))\(groupsArgument(groups)))"
            return ArchitectureLayer(name: name, kind: "conv", settings: settings, module: padded(conv, sides, fill: nil))
        case let .transposedConvolution(filters, kernel, stride, padding, outputPadding, dilation, groups):
            guard shape.count == 3 else { return nil }
            return transposed(
                name, channels: shape[2], filters: filters, kernel: kernel, stride: stride, padding: padding,
                outputPadding: outputPadding, dilation: dilation, groups: groups)
        case let .pooling(kind, size, stride, padding, dilation, ceilMode, countIncludePad):
            guard shape.count == 3, let sides = resolvedPadding(shape, size, stride, padding, dilation, ceilMode: ceilMode) else {
                return nil
            }
            return pooling(
                name, kind: kind, size: size, stride: stride, sides: sides, dilation: dilation, ceilMode: ceilMode,
                countIncludePad: countIncludePad)
        case .activation(let activation):
            let module = activation == .relu ? "nn.ReLU()" : "nn.Sigmoid()"
            return ArchitectureLayer(name: name, kind: activation.rawValue, settings: "{}", module: module)
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

    /// `nn.ConvTranspose2d` with every argument written out, as PyTorch spells it.
    private static func transposed(
        _ name: String, channels: Int, filters: Int, kernel: Pair, stride: Pair, padding: Pair, outputPadding: Pair,
        dilation: Pair, groups: Int
    ) -> ArchitectureLayer {
        let settings =
            "{\"filters\": \(filters), \"kernel\": \(PythonLiteral.tuple(kernel)), \"stride\": \(PythonLiteral.tuple(stride)), "
            + "\"padding\": \(PythonLiteral.tuple(padding)), \"output_padding\": \(PythonLiteral.tuple(outputPadding)), "
            + "\"dilation\": \(PythonLiteral.tuple(dilation)), \"groups\": \(groups)}"
        let module =
            "nn.ConvTranspose2d(\(channels), \(filters), kernel_size=\(PythonLiteral.tuple(kernel)), "
            + "stride=\(PythonLiteral.tuple(stride)), padding=\(PythonLiteral.tuple(padding)), "
            + "output_padding=\(PythonLiteral.tuple(outputPadding)), dilation=\(PythonLiteral.tuple(dilation))\(groupsArgument(groups)))"
        return ArchitectureLayer(name: name, kind: "conv_transpose", settings: settings, module: module)
    }

    /// `nn.MaxPool2d` or `nn.AvgPool2d`, with only the options that differ from PyTorch's defaults.
    private static func pooling(
        _ name: String, kind: PoolKind, size: Pair, stride: Pair, sides: Padding, dilation: Pair, ceilMode: Bool,
        countIncludePad: Bool
    ) -> ArchitectureLayer {
        let settings =
            "{\"kernel\": \(PythonLiteral.tuple(size)), \"stride\": \(PythonLiteral.tuple(stride)), "
            + "\"pad\": \(PythonLiteral.tuple(sides)), \"dilation\": \(PythonLiteral.tuple(dilation)), "
            + "\"ceil_mode\": \(ceilMode ? "True" : "False")}"
        let dilated = dilation == Pair(1) ? "" : ", dilation=\(PythonLiteral.tuple(dilation))"
        let rounded = ceilMode ? ", ceil_mode=True" : ""
        let border = kind == .average && !countIncludePad ? ", count_include_pad=False" : ""
        let type = kind == .max ? "MaxPool2d" : "AvgPool2d"
        let pool =
            "nn.\(type)(kernel_size=\(PythonLiteral.tuple(size)), stride=\(PythonLiteral.tuple(stride))"
            + "\(paddingArgument(sides))\(dilated)\(rounded)\(border))"
        let fill = kind == .max ? "float(\"-inf\")" : nil
        return ArchitectureLayer(
            name: name, kind: kind == .max ? "maxpool" : "avgpool", settings: settings, module: padded(pool, sides, fill: fill))
    }

    private static func resolvedPadding(
        _ shape: [Int], _ kernel: Pair, _ stride: Pair, _ padding: PaddingRule, _ dilation: Pair, ceilMode: Bool = false
    ) -> Padding? {
        let window = try? SlidingWindow2D(
            input: Pair(rows: shape[0], columns: shape[1]), kernel: kernel, stride: stride, padding: padding, dilation: dilation,
            ceilMode: ceilMode)
        return window?.padding
    }

    /// `, padding=(rows, columns)` for symmetric, non-zero padding.
    private static func paddingArgument(_ padding: Padding) -> String {
        guard CodeSnippetPlan.isSymmetric(padding), padding != .zero else { return "" }
        return ", padding=\(PythonLiteral.tuple([padding.top, padding.left]))"
    }

    /// `, groups=4`, or nothing for PyTorch's default of 1.
    private static func groupsArgument(_ groups: Int) -> String {
        groups == 1 ? "" : ", groups=\(groups)"
    }

    /// The module, behind a pad module when the padding is asymmetric.
    private static func padded(_ module: String, _ padding: Padding, fill: String?) -> String {
        guard !CodeSnippetPlan.isSymmetric(padding) else { return module }
        let sides = PythonLiteral.tuple([padding.left, padding.right, padding.top, padding.bottom])
        let pad = fill.map { "nn.ConstantPad2d(\(sides), \($0))" } ?? "nn.ZeroPad2d(\(sides))"
        return "nn.Sequential(\(pad), \(module))"
    }
}
