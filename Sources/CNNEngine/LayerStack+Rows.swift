/// Each kind of layer's row: its output shape from the engine's own window geometry (`SlidingWindow2D`,
/// `TransposedWindow2D`), its parameters and multiply-adds, each with the arithmetic that gives it.
extension LayerStack {
    static func row(name: String, spec: LayerSpec, after shape: [Int]) throws(ShapeError) -> LayerRow {
        switch spec {
        case let .convolution(filters, kernel, stride, padding, dilation, groups):
            let (height, width, channels) = try imageShape(shape)
            try Conv2D.validateGroups(groups, inputChannels: channels, filters: filters, filterChannels: channels / max(groups, 1))
            let window = try SlidingWindow2D(
                input: Pair(rows: height, columns: width), kernel: kernel, stride: stride, padding: padding, dilation: dilation)
            let output = window.outputSize
            var row = weightedRow(
                name, shape: [output.rows, output.columns, filters], kernel: kernel, channels: channels, filters: filters,
                groups: groups)
            row.shapeFormula = shapeFormula(window)
            let weights = weightsPerFilter(kernel: kernel, channels: channels, groups: groups)
            row.multiplyAdds = output.rows * output.columns * filters * weights
            row.multiplyAddFormula = "\(output.rows) × \(output.columns) × \(filters) × \(weights) = \(grouped(row.multiplyAdds))"
            return row
        case let .transposedConvolution(filters, kernel, stride, padding, outputPadding, dilation, groups):
            return try transposedRow(
                name, after: shape, filters: filters, kernel: kernel, stride: stride, padding: padding,
                outputPadding: outputPadding, dilation: dilation, groups: groups)
        case let .pooling(_, size, stride, padding, dilation, ceilMode, _):
            let (height, width, channels) = try imageShape(shape)
            guard size.rows > 0 else { throw .nonPositiveWindow(axis: .rows, value: size.rows) }
            guard size.columns > 0 else { throw .nonPositiveWindow(axis: .columns, value: size.columns) }
            let window = try SlidingWindow2D(
                input: Pair(rows: height, columns: width), kernel: size, stride: stride, padding: padding, dilation: dilation,
                ceilMode: ceilMode)
            try Pool2D.checkEveryWindowReadsInput(window)
            var row = LayerRow(
                name: name, shape: [window.outputSize.rows, window.outputSize.columns, channels], parameters: 0,
                parameterFormula: "0")
            row.shapeFormula = shapeFormula(window)
            return row
        case .activation(let activation):
            var row = LayerRow(name: name, shape: shape, parameters: 0, parameterFormula: "0")
            row.shapeFormula = "unchanged, " + shape.map(String.init).joined(separator: " × ")
            row.multiplyAddFormula = "0 (\(activation.rawValue) once on each of the \(grouped(shape.reduce(1, *))) values)"
            return row
        case .flatten:
            var row = LayerRow(name: name, shape: [shape.reduce(1, *)], parameters: 0, parameterFormula: "0")
            row.shapeFormula = shape.map(String.init).joined(separator: " × ") + " = \(grouped(shape.reduce(1, *)))"
            return row
        case .fullyConnected(let units), .softmax(classes: let units):
            guard units > 0 else { throw .emptyDimension(shape: [units]) }
            let inputs = shape.reduce(1, *)
            let parameters = inputs * units + units
            var row = LayerRow(
                name: name, shape: [units], parameters: parameters,
                parameterFormula: "\(inputs) × \(units) + \(units) = \(grouped(parameters))")
            row.shapeFormula = "\(units) units"
            row.multiplyAdds = inputs * units
            row.multiplyAddFormula = "\(inputs) × \(units) = \(grouped(row.multiplyAdds))"
            return row
        }
    }

    /// A transposed convolution: PyTorch's output size per axis, the same weights per output channel as the
    /// convolution it transposes, and one multiply-add per weight per input cell (each input cell stamps every kernel
    /// of its group, counting taps that are trimmed off, as FLOP counters do).
    private static func transposedRow(
        _ name: String, after shape: [Int], filters: Int, kernel: Pair, stride: Pair, padding: Pair, outputPadding: Pair,
        dilation: Pair, groups: Int
    ) throws(ShapeError) -> LayerRow {
        let (height, width, channels) = try imageShape(shape)
        try Conv2D.validateGroups(groups, inputChannels: channels, filters: filters, filterChannels: channels / max(groups, 1))
        guard kernel.rows > 0 else { throw .nonPositiveWindow(axis: .rows, value: kernel.rows) }
        guard kernel.columns > 0 else { throw .nonPositiveWindow(axis: .columns, value: kernel.columns) }
        let window = try TransposedWindow2D(
            input: Pair(rows: height, columns: width), kernel: kernel, stride: stride, padding: padding,
            outputPadding: outputPadding, dilation: dilation)
        let output = window.outputSize
        var row = weightedRow(
            name, shape: [output.rows, output.columns, filters], kernel: kernel, channels: channels, filters: filters, groups: groups)
        let rows = window.rows.outputSizeFormula, columns = window.columns.outputSizeFormula
        row.shapeFormula = rows == columns ? rows : "rows: \(rows); columns: \(columns)"
        let weights = weightsPerFilter(kernel: kernel, channels: channels, groups: groups)
        row.multiplyAdds = height * width * filters * weights
        row.multiplyAddFormula = "\(height) × \(width) input cells × \(filters) × \(weights) = \(grouped(row.multiplyAdds))"
        return row
    }

    /// Weights one filter (or one transposed output channel) holds: KH·KW·C/groups.
    private static func weightsPerFilter(kernel: Pair, channels: Int, groups: Int) -> Int {
        kernel.rows * kernel.columns * channels / groups
    }

    /// A row with (KH·KW·C/groups)·F + F parameters: `75 × 8 + 8 = 608`, or with groups
    /// `(3·3·32/32 = 9) × 32 + 32 = 320`.
    private static func weightedRow(
        _ name: String, shape: [Int], kernel: Pair, channels: Int, filters: Int, groups: Int
    ) -> LayerRow {
        let weights = weightsPerFilter(kernel: kernel, channels: channels, groups: groups)
        let parameters = weights * filters + filters
        let perFilter = groups == 1 ? "\(weights)" : "(\(kernel.rows)·\(kernel.columns)·\(channels)/\(groups) = \(weights))"
        return LayerRow(
            name: name, shape: shape, parameters: parameters,
            parameterFormula: "\(perFilter) × \(filters) + \(filters) = \(grouped(parameters))")
    }

    /// `⌊(32 + 0 + 0 − 5) / 1⌋ + 1 = 28`, once when both axes agree, else `rows: …; columns: …`.
    private static func shapeFormula(_ window: SlidingWindow2D) -> String {
        let rows = window.rows.explainOutputSize().formula, columns = window.columns.explainOutputSize().formula
        return rows == columns ? rows : "rows: \(rows); columns: \(columns)"
    }

    private static func imageShape(_ shape: [Int]) throws(ShapeError) -> (Int, Int, Int) {
        guard shape.count == 3 else {
            throw .rankMismatch(tensor: "the activation before this layer", layout: "(H, W, C)", actualShape: shape)
        }
        return (shape[0], shape[1], shape[2])
    }
}
