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
    /// How the output shape follows from the input, e.g. `⌊(32 + 0 + 0 − 5) / 1⌋ + 1 = 28` (both axes when
    /// they differ); empty for the input row.
    public var shapeFormula = ""
    /// Multiply-adds of one forward pass through the layer (pooling and flattening have none).
    public var multiplyAdds = 0
    /// How multiply-adds are counted, e.g. `28 × 28 × 8 × 75 = 470,400`.
    public var multiplyAddFormula = "0"
    /// The input pixels one output cell depends on, rows × columns; nil once the activation is a vector (every
    /// output depends on the whole input).
    public var receptiveField: Pair? = Pair(1)
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
        var field = ReceptiveField()
        for (name, spec) in layers {
            var row: LayerRow
            do {
                row = try Self.row(name: name, spec: spec, after: shape)
            } catch {
                throw LayerStackError(layer: name, reason: error)
            }
            field.advance(through: spec)
            row.receptiveField = field.size
            table.append(row)
            shape = row.shape
        }
        return table
    }

    /// Total learnable parameters.
    public func totalParameters() throws(LayerStackError) -> Int {
        try rows().reduce(0) { $0 + $1.parameters }
    }

    /// Total multiply-adds of one forward pass.
    public func totalMultiplyAdds() throws(LayerStackError) -> Int {
        try rows().reduce(0) { $0 + $1.multiplyAdds }
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
            var row = LayerRow(
                name: name, shape: [window.rows.outputSize, window.columns.outputSize, filters],
                parameters: parameters, parameterFormula: "\(weights) × \(filters) + \(filters) = \(grouped(parameters))")
            row.shapeFormula = shapeFormula(window)
            row.multiplyAdds = window.rows.outputSize * window.columns.outputSize * filters * weights
            row.multiplyAddFormula =
                "\(window.rows.outputSize) × \(window.columns.outputSize) × \(filters) × \(weights) = \(grouped(row.multiplyAdds))"
            return row
        case let .pooling(_, size, stride, padding):
            let (height, width, channels) = try imageShape(shape)
            let window = try SlidingWindow2D(
                input: Pair(rows: height, columns: width), kernel: size, stride: stride, padding: padding,
                dilation: Pair(1))
            var row = LayerRow(
                name: name, shape: [window.rows.outputSize, window.columns.outputSize, channels], parameters: 0,
                parameterFormula: "0")
            row.shapeFormula = shapeFormula(window)
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

/// The receptive field through a stack: the size r of the input patch one output cell sees and the jump j
/// between neighbouring outputs, in input pixels. A window of k taps, dilation d and stride s gives
/// r ← r + (k − 1)·d·j and j ← j·s; a flatten or dense layer sees the whole input.
struct ReceptiveField {
    /// Rows and columns one output cell sees; nil once the activation is a vector.
    private(set) var size: Pair? = Pair(1)
    private var jump = Pair(1)

    /// The field after `spec`.
    mutating func advance(through spec: LayerSpec) {
        switch spec {
        case let .convolution(_, kernel, stride, _, dilation):
            grow(kernel: kernel, stride: stride, dilation: dilation)
        case let .pooling(_, size, stride, _):
            grow(kernel: size, stride: stride, dilation: Pair(1))
        case .flatten, .fullyConnected, .softmax:
            size = nil
        }
    }

    private mutating func grow(kernel: Pair, stride: Pair, dilation: Pair) {
        guard let current = size else { return }
        size = Pair(
            rows: current.rows + (kernel.rows - 1) * dilation.rows * jump.rows,
            columns: current.columns + (kernel.columns - 1) * dilation.columns * jump.columns)
        jump = Pair(rows: jump.rows * stride.rows, columns: jump.columns * stride.columns)
    }
}
