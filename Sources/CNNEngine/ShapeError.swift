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
    /// `groups` is zero or negative.
    case nonPositiveGroups(value: Int)
    /// The input channels do not split evenly into `groups`.
    case channelsNotDivisibleByGroups(inputChannels: Int, groups: Int)
    /// The filters do not split evenly into `groups`.
    case filtersNotDivisibleByGroups(filters: Int, groups: Int)
    /// With `groups` > 1, filters do not have one channel per input channel of their group.
    case groupChannelMismatch(inputChannels: Int, groups: Int, filterChannels: Int)
    /// A transposed convolution's weight does not have one slice (along its first axis) per input channel.
    case transposedChannelMismatch(inputChannels: Int, weightChannels: Int)
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
    /// A transposed convolution's `output_padding` is negative.
    case negativeOutputPadding(axis: Axis, value: Int)
    /// A transposed convolution's `output_padding` is not smaller than its stride or its dilation (PyTorch's rule).
    case outputPaddingTooLarge(axis: Axis, outputPadding: Int, stride: Int, dilation: Int)
    /// A transposed convolution's output would have no cells: (n − 1)·s − 2·p + d·(k − 1) + output_padding + 1 ≤ 0.
    case nonPositiveTransposedOutput(
        axis: Axis, inputSize: Int, stride: Int, padding: Int, dilation: Int, kernelSize: Int, outputPadding: Int)
    /// The (dilated) kernel does not fit inside the padded input.
    case kernelLargerThanInput(axis: Axis, kernelSpan: Int, paddedInput: Int)
    /// Pooling padding is so large that window `window` (0-based, of `windows` along the axis) reads only padding.
    case poolPaddingTooLarge(axis: Axis, padBefore: Int, padAfter: Int, window: Int, windows: Int)
    /// A gradient does not have the shape of the tensor it is the gradient of.
    case gradientShapeMismatch(gradient: String, expected: [Int], actual: [Int])
    /// A dense layer's weight matrix `[Out][In]` does not have one column per input value.
    case weightColumnsMismatch(inputCount: Int, weightColumns: Int)
    /// A dense layer's bias does not have one value per output.
    case denseBiasMismatch(outputCount: Int, biasCount: Int)
    /// A loss's target does not have the shape of the prediction it is compared with.
    case targetShapeMismatch(expected: [Int], actual: [Int])
    /// A target class index is not one of the classes.
    case targetClassOutOfRange(index: Int, classes: Int)
    /// A target vector is not one-hot (exactly one 1, zeros elsewhere).
    case targetNotOneHot(values: [Double])

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
            return
                "filters have \(filterChannels) channel(s) but the input has \(inputChannels): each filter needs one kernel slice per input channel"
        case .nonPositiveGroups(let value):
            return "groups is \(value): there must be at least 1 group"
        case .channelsNotDivisibleByGroups(let inputChannels, let groups):
            return "the input has \(inputChannels) channel(s), which do not split into \(groups) groups: "
                + "the channel count must be a multiple of groups"
        case .filtersNotDivisibleByGroups(let filters, let groups):
            return "there are \(filters) filter(s), which do not split into \(groups) groups: "
                + "the filter count must be a multiple of groups"
        case .groupChannelMismatch(let inputChannels, let groups, let filterChannels):
            return "filters have \(filterChannels) channel(s) but with \(groups) groups each filter sees "
                + "\(inputChannels) / \(groups) = \(inputChannels / groups) input channel(s): "
                + "give each filter one kernel slice per channel of its group"
        case .transposedChannelMismatch(let inputChannels, let weightChannels):
            return "the weight's first dimension is \(weightChannels) but the input has \(inputChannels) channel(s): "
                + "a transposed convolution's weight is laid out [C][F/groups][KH][KW], one slice per input channel"
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
        case .negativeOutputPadding(let axis, let value):
            return "\(axis.dimensionName) output_padding is \(value): output_padding cannot be negative"
        case .outputPaddingTooLarge(let axis, let outputPadding, let stride, let dilation):
            return "\(axis.dimensionName) output_padding is \(outputPadding) but must be smaller than the stride (\(stride)) "
                + "or the dilation (\(dilation)): it only picks one of the input sizes a stride could have come from"
        case .nonPositiveTransposedOutput(let axis, let n, let s, let p, let d, let k, let outputPadding):
            let size = (n - 1) * s - 2 * p + d * (k - 1) + outputPadding + 1
            let formula = "(\(n)−1)·\(s) − 2·\(p) + \(d)·(\(k)−1) + \(outputPadding) + 1 = \(size)"
            return "the output \(axis.dimensionName) would be \(formula): it must be at least 1, so use less padding"
        case .kernelLargerThanInput(let axis, let kernelSpan, let paddedInput):
            return
                "the kernel spans \(kernelSpan) cells in \(axis.dimensionName) but the padded input has only \(paddedInput): add padding or use a smaller kernel"
        case .poolPaddingTooLarge(let axis, let before, let after, let window, let windows):
            return "pooling padding (\(before) before, \(after) after) in \(axis.dimensionName) leaves window \(window + 1) of "
                + "\(windows) reading only padding: every window must read at least one input cell"
        case .gradientShapeMismatch(let gradient, let expected, let actual):
            return "\(gradient) has shape \(Self.format(actual)) but must have shape \(Self.format(expected))"
        case .weightColumnsMismatch(let inputCount, let weightColumns):
            return "the weight matrix has \(weightColumns) column(s) but the input has \(inputCount) value(s): "
                + "a dense layer's weight is [Out][In], one column per input value"
        case .denseBiasMismatch(let outputCount, let biasCount):
            return "bias has \(biasCount) value(s) but the layer has \(outputCount) output(s): give one bias per output"
        case .targetShapeMismatch(let expected, let actual):
            return "the target has shape \(Self.format(actual)) but the prediction has shape \(Self.format(expected)): "
                + "give one target per predicted value"
        case .targetClassOutOfRange(let index, let classes):
            return "target class \(index) is not one of the \(classes) classes: use an index from 0 to \(classes - 1)"
        case .targetNotOneHot(let values):
            return "the target \(values) is not one-hot: give a single 1 and zeros elsewhere"
        }
    }

    /// Formats a shape as `3×4×4`.
    static func format(_ shape: [Int]) -> String {
        Tensor.shapeText(shape)
    }
}

extension ShapeError {
    /// Throws `gradientShapeMismatch` unless dL/dO has the shape of the output it is the gradient of.
    static func checkGradOutput(_ gradOutput: Tensor, shape: [Int]) throws(ShapeError) {
        guard gradOutput.shape == shape else {
            throw .gradientShapeMismatch(gradient: "dL/dO", expected: shape, actual: gradOutput.shape)
        }
    }
}
