/// A reason an operation cannot run on the shapes or parameters it was given.
public enum ShapeError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// A shape has a dimension of size zero or less.
    case emptyDimension(shape: [Int])
    /// Rows (or channels) of a nested list have different lengths.
    case ragged(shape: [Int])
    /// A shape and its list of values disagree on how many values there are.
    case scalarCountMismatch(shape: [Int], expected: Int, actual: Int)
    /// A tensor has the wrong number of dimensions.
    case rankMismatch(tensor: String, layout: String, actualShape: [Int])
    /// Filters have a different number of channels than the input.
    case channelMismatch(inputChannels: Int, filterChannels: Int)
    /// The bias does not have one value per filter.
    case biasMismatch(filters: Int, biasCount: Int)
    /// A stride is zero or negative.
    case nonPositiveStride(axis: Axis, value: Int)
    /// A dilation is zero or negative.
    case nonPositiveDilation(axis: Axis, value: Int)
    /// A pooling window size is zero or negative.
    case nonPositiveWindow(axis: Axis, value: Int)
    /// A padding amount is negative.
    case negativePadding(axis: Axis, value: Int)
    /// The (dilated) kernel does not fit inside the padded input.
    case kernelLargerThanInput(axis: Axis, kernelSpan: Int, paddedInput: Int)
    /// Pooling padding is more than half the window, so a window could hold only padding.
    case poolPaddingTooLarge(axis: Axis, padding: Int, window: Int)
    /// A gradient does not have the shape of the tensor it is the gradient of.
    case gradientShapeMismatch(gradient: String, expected: [Int], actual: [Int])

    /// A sentence saying what is wrong, naming the dimension and why.
    public var description: String {
        switch self {
        case .emptyDimension(let shape):
            return "shape \(Self.format(shape)) has an empty dimension: every size must be at least 1"
        case .ragged(let shape):
            return "rows have different lengths (the first is \(Self.format(shape))): every row of a matrix needs the same number of values"
        case .scalarCountMismatch(let shape, let expected, let actual):
            return "shape \(Self.format(shape)) holds \(expected) values but \(actual) were given"
        case .rankMismatch(let tensor, let layout, let actualShape):
            return "\(tensor) must be laid out \(layout) but has shape \(Self.format(actualShape))"
        case .channelMismatch(let inputChannels, let filterChannels):
            return "filters have \(filterChannels) channel(s) but the input has \(inputChannels): each filter needs one kernel slice per input channel"
        case .biasMismatch(let filters, let biasCount):
            return "bias has \(biasCount) value(s) but there are \(filters) filter(s): give one bias per filter"
        case .nonPositiveStride(let axis, let value):
            return "\(axis.dimensionName) stride is \(value): a stride must be at least 1"
        case .nonPositiveDilation(let axis, let value):
            return "\(axis.dimensionName) dilation is \(value): a dilation must be at least 1"
        case .nonPositiveWindow(let axis, let value):
            return "pooling window \(axis.dimensionName) is \(value): a window must be at least 1"
        case .negativePadding(let axis, let value):
            return "\(axis.dimensionName) padding is \(value): padding cannot be negative"
        case .kernelLargerThanInput(let axis, let kernelSpan, let paddedInput):
            return "the kernel spans \(kernelSpan) cells in \(axis.dimensionName) but the padded input has only \(paddedInput): add padding or use a smaller kernel"
        case .poolPaddingTooLarge(let axis, let padding, let window):
            return "pooling padding \(padding) in \(axis.dimensionName) is more than half the window (\(window)): a window could cover only padding"
        case .gradientShapeMismatch(let gradient, let expected, let actual):
            return "\(gradient) has shape \(Self.format(actual)) but must have shape \(Self.format(expected))"
        }
    }

    /// Formats a shape as `3×4×4`.
    static func format(_ shape: [Int]) -> String {
        Tensor.shapeText(shape)
    }
}
