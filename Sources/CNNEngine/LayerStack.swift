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
    /// Multiply-adds of one forward pass through the layer (pooling, activations and flattening have none).
    public var multiplyAdds = 0
    /// How multiply-adds are counted, e.g. `28 × 28 × 8 × 75 = 470,400`.
    public var multiplyAddFormula = "0"
    /// The input pixels one output cell depends on, rows × columns; nil once the activation is a vector (every
    /// output depends on the whole input).
    public var receptiveField: Pair? = Pair(1)
    /// Whether `receptiveField` is the most any output cell sees rather than what every cell sees: after a
    /// transposed (upsampling) layer, neighbouring output cells are covered by different numbers of stamps.
    public var receptiveFieldIsUpperBound = false
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
            row.receptiveFieldIsUpperBound = field.isUpperBound
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
