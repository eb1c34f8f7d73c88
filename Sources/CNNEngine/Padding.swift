/// Zero padding added around each side of an image, in cells.
public struct Padding: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Rows added above.
    public var top: Int
    /// Rows added below.
    public var bottom: Int
    /// Columns added on the left.
    public var left: Int
    /// Columns added on the right.
    public var right: Int

    /// Creates padding from its four sides.
    public init(top: Int, bottom: Int, left: Int, right: Int) {
        (self.top, self.bottom, self.left, self.right) = (top, bottom, left, right)
    }

    /// The same padding on every side.
    public init(_ all: Int) {
        self.init(top: all, bottom: all, left: all, right: all)
    }

    /// `rows` above and below, `columns` left and right.
    public init(rows: Int, columns: Int) {
        self.init(top: rows, bottom: rows, left: columns, right: columns)
    }

    /// No padding.
    public static let zero = Padding(0)

    /// The padding before and after along one axis.
    public func sides(_ axis: Axis) -> (before: Int, after: Int) {
        axis == .rows ? (top, bottom) : (left, right)
    }

    /// `"1"` when all sides agree, else `"top 1, bottom 2, left 0, right 0"`.
    public var description: String {
        if top == bottom && bottom == left && left == right { return "\(top)" }
        return "top \(top), bottom \(bottom), left \(left), right \(right)"
    }
}

/// How padding is chosen for a sliding-window operation.
public enum PaddingRule: Equatable, Hashable, Sendable {
    /// Exactly the given padding.
    case explicit(Padding)
    /// No padding: only windows that fit inside the input.
    case valid
    /// Enough padding that the output has ⌈n / s⌉ cells per axis (n with stride 1); any odd cell goes after.
    case same

    /// The padding this rule gives for one axis.
    func sides(axis: Axis, inputSize: Int, kernelSize: Int, stride: Int, dilation: Int) -> (before: Int, after: Int) {
        switch self {
        case .explicit(let padding):
            return padding.sides(axis)
        case .valid:
            return (0, 0)
        case .same:
            let outputSize = (inputSize + stride - 1) / stride
            let span = dilation * (kernelSize - 1) + 1
            let total = max((outputSize - 1) * stride + span - inputSize, 0)
            return (total / 2, total - total / 2)
        }
    }
}
