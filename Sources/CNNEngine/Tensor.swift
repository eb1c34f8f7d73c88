/// A dense, row-major tensor of `Double` values with a fixed shape.
///
/// Inputs and outputs are laid out `[C][H][W]`, filters `[F][C][KH][KW]`, biases `[F]`.
public struct Tensor: Equatable, Hashable, Sendable {
    /// The size of each dimension, outermost first.
    public let shape: [Int]
    /// The values in row-major order.
    public private(set) var scalars: [Double]
    /// The distance in `scalars` between neighbours along each dimension.
    public let strides: [Int]

    /// Creates a tensor from a shape and its row-major values, checking that they agree.
    public init(shape: [Int], scalars: [Double]) throws(ShapeError) {
        guard shape.allSatisfy({ $0 > 0 }) else { throw .emptyDimension(shape: shape) }
        let expected = shape.reduce(1, *)
        guard expected == scalars.count else {
            throw .scalarCountMismatch(shape: shape, expected: expected, actual: scalars.count)
        }
        self.shape = shape
        self.scalars = scalars
        self.strides = Tensor.rowMajorStrides(shape)
    }

    /// Creates a tensor of the given shape filled with zeros; non-positive sizes become empty dimensions.
    public init(zeros shape: [Int]) {
        self.shape = shape.map { max($0, 0) }
        self.scalars = Array(repeating: 0, count: self.shape.reduce(1, *))
        self.strides = Tensor.rowMajorStrides(self.shape)
    }

    /// Creates a tensor of zeros and lets `write` fill its row-major values in place (the engine's bulk paths).
    init(zeros shape: [Int], writing write: (UnsafeMutableBufferPointer<Double>) -> Void) {
        self.init(zeros: shape)
        scalars.withUnsafeMutableBufferPointer { write($0) }
    }

    /// Creates a tensor whose value at each index is given by `value`.
    public init(shape: [Int], value: ([Int]) -> Double) {
        self.init(zeros: shape)
        for flat in 0..<scalars.count {
            scalars[flat] = value(index(ofFlat: flat))
        }
    }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The number of values.
    public var count: Int { scalars.count }

    /// Whether `index` names a value inside this tensor.
    public func contains(_ index: [Int]) -> Bool {
        index.count == shape.count && zip(index, shape).allSatisfy { $0 >= 0 && $0 < $1 }
    }

    /// The position in `scalars` of a multi-dimensional index (which must be inside the tensor).
    public func flatIndex(_ index: [Int]) -> Int {
        var flat = 0
        for (axis, position) in index.enumerated() { flat += position * strides[axis] }
        return flat
    }

    /// The row-major multi-dimensional index of position `flat` in a tensor of `shape`.
    public static func index(ofFlat flat: Int, in shape: [Int]) -> [Int] {
        var remainder = flat
        var index = Array(repeating: 0, count: shape.count)
        for axis in shape.indices.reversed() {
            index[axis] = remainder % shape[axis]
            remainder /= shape[axis]
        }
        return index
    }

    /// The multi-dimensional index of a position in `scalars`.
    public func index(ofFlat flat: Int) -> [Int] {
        var remainder = flat
        return strides.map { stride in
            let position = remainder / stride
            remainder %= stride
            return position
        }
    }

    /// The value at a multi-dimensional index (which must be inside the tensor).
    public subscript(_ index: [Int]) -> Double {
        get { scalars[flatIndex(index)] }
        set { scalars[flatIndex(index)] = newValue }
    }

    /// The value at `[c][h][w]` of a rank-3 tensor.
    @inlinable public subscript(c: Int, h: Int, w: Int) -> Double {
        scalars[c * strides[0] + h * strides[1] + w * strides[2]]
    }

    /// The value at `[f][c][h][w]` of a rank-4 tensor.
    @inlinable public subscript(f: Int, c: Int, h: Int, w: Int) -> Double {
        scalars[f * strides[0] + c * strides[1] + h * strides[2] + w * strides[3]]
    }

    /// Adds `amount` to the value at a flat position.
    public mutating func accumulate(_ amount: Double, atFlat flat: Int) {
        scalars[flat] += amount
    }

    private static func rowMajorStrides(_ shape: [Int]) -> [Int] {
        var strides = Array(repeating: 1, count: shape.count)
        var running = 1
        for axis in shape.indices.reversed() {
            strides[axis] = running
            running *= shape[axis]
        }
        return strides
    }
}

extension Tensor {
    /// A shape written as `3×4×4`: the one spelling of shapes in messages, menus and transcripts.
    public static func shapeText(_ shape: [Int]) -> String {
        shape.map(String.init).joined(separator: "×")
    }
}
