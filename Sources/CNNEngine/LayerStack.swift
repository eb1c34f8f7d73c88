/// One layer of a network whose shapes and parameter counts are being worked out.
public enum LayerSpec: Equatable, Sendable {
    /// A convolution with `filters` kernels.
    case convolution(filters: Int, kernel: Pair, stride: Pair, padding: PaddingRule, dilation: Pair)
    /// Max or average pooling.
    case pooling(kind: PoolKind, size: Pair, stride: Pair, padding: PaddingRule)
    /// Flattens an H×W×C activation into a vector.
    case flatten
    /// A dense layer with `units` outputs (flattens its input first if needed).
    case fullyConnected(units: Int)
    /// A dense output layer of `classes` units followed by softmax, as the lecture's "Softmax" row counts it.
    case softmax(classes: Int)
}

/// A row of the shape-and-parameter table.
public struct LayerRow: Equatable, Sendable {
    /// The layer's label, e.g. `CONV1 (f=5, s=1)`.
    public let name: String
    /// The activation shape: `[H, W, C]` for images, `[N]` for vectors.
    public let shape: [Int]
    /// Activation size: the product of `shape`.
    public var activationSize: Int { shape.reduce(1, *) }
    /// Learnable parameters (weights + biases).
    public let parameters: Int
    /// How the parameters are counted, e.g. `75 × 8 + 8 = 608`; `0` for layers without any.
    public let parameterFormula: String
}

/// Shapes and parameter counts through a stack of layers, as in the lecture's toy ConvNet table.
public struct LayerStack: Equatable, Sendable {
    /// Input height, width, channels.
    public let input: [Int]
    /// Each layer with its label.
    public let layers: [(name: String, spec: LayerSpec)]

    /// Creates a stack over an `[H, W, C]` input.
    public init(input: [Int], layers: [(name: String, spec: LayerSpec)]) {
        self.input = input
        self.layers = layers
    }

    /// Compares inputs and layers.
    public static func == (lhs: LayerStack, rhs: LayerStack) -> Bool {
        lhs.input == rhs.input && lhs.layers.map(\.name) == rhs.layers.map(\.name)
            && lhs.layers.map(\.spec) == rhs.layers.map(\.spec)
    }

    /// The table: an `Input` row, then one row per layer; a shape mistake names the layer.
    public func rows() throws(LayerStackError) -> [LayerRow] {
        var table = [LayerRow(name: "Input", shape: input, parameters: 0, parameterFormula: "0")]
        var shape = input
        for (name, spec) in layers {
            let row: LayerRow
            do {
                row = try Self.row(name: name, spec: spec, after: shape)
            } catch {
                throw LayerStackError(layer: name, reason: error)
            }
            table.append(row)
            shape = row.shape
        }
        return table
    }

    /// Total learnable parameters.
    public func totalParameters() throws(LayerStackError) -> Int {
        try rows().reduce(0) { $0 + $1.parameters }
    }

    private static func row(name: String, spec: LayerSpec, after shape: [Int]) throws(ShapeError) -> LayerRow {
        switch spec {
        case let .convolution(filters, kernel, stride, padding, dilation):
            let (height, width, channels) = try imageShape(shape)
            let window = try SlidingWindow2D(
                input: Pair(rows: height, columns: width), kernel: kernel, stride: stride, padding: padding,
                dilation: dilation)
            let weights = kernel.rows * kernel.columns * channels
            let parameters = weights * filters + filters
            return LayerRow(
                name: name, shape: [window.rows.outputSize, window.columns.outputSize, filters],
                parameters: parameters, parameterFormula: "\(weights) × \(filters) + \(filters) = \(grouped(parameters))")
        case let .pooling(_, size, stride, padding):
            let (height, width, channels) = try imageShape(shape)
            let window = try SlidingWindow2D(
                input: Pair(rows: height, columns: width), kernel: size, stride: stride, padding: padding,
                dilation: Pair(1))
            return LayerRow(
                name: name, shape: [window.rows.outputSize, window.columns.outputSize, channels], parameters: 0,
                parameterFormula: "0")
        case .flatten:
            return LayerRow(name: name, shape: [shape.reduce(1, *)], parameters: 0, parameterFormula: "0")
        case .fullyConnected(let units), .softmax(classes: let units):
            guard units > 0 else { throw .emptyDimension(shape: [units]) }
            let inputs = shape.reduce(1, *)
            let parameters = inputs * units + units
            return LayerRow(
                name: name, shape: [units], parameters: parameters,
                parameterFormula: "\(inputs) × \(units) + \(units) = \(grouped(parameters))")
        }
    }

    private static func imageShape(_ shape: [Int]) throws(ShapeError) -> (Int, Int, Int) {
        guard shape.count == 3 else {
            throw .rankMismatch(tensor: "the activation before this layer", layout: "(H, W, C)", actualShape: shape)
        }
        return (shape[0], shape[1], shape[2])
    }

    /// `48120` as `48,120`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}

/// A layer of a stack that cannot follow the one before it.
public struct LayerStackError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The layer's label.
    public let layer: String
    /// What is wrong with its shape.
    public let reason: ShapeError

    /// Creates the error for `layer`.
    public init(layer: String, reason: ShapeError) {
        self.layer = layer
        self.reason = reason
    }

    /// `CONV2: the kernel spans …`.
    public var description: String { "\(layer): \(reason)" }
}
