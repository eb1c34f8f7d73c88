/// The role a tensor plays in a lesson; the UI and transcripts name and draw operands by it.
public enum TensorName: String, Sendable, Hashable, CaseIterable, Codable {
    /// The layer input X (A in the recitation).
    case input
    /// The filters W (F in the backward lecture); for a dense layer, its weight matrix `[Out][In]`.
    case filters
    /// The filters turned 180° for the full convolution that gives dL/dX (or a transposed convolution's weight,
    /// for its equivalent convolution).
    case rotatedFilters
    /// One bias per filter, or per output of a dense layer.
    case bias
    /// The forward result (Z, O).
    case output
    /// dL/dO, the loss gradient arriving from the next layer.
    case gradOutput
    /// dL/dO with stride−1 zeros inserted between cells and padded for the full convolution.
    case gradOutputFullGrid
    /// A transposed convolution's input with stride−1 zeros inserted between cells and padded, as its equivalent
    /// ordinary convolution reads it.
    case zeroInsertedInput
    /// dL/dX.
    case gradInput
    /// dL/dF (dL/dW), also a dense layer's weight gradient.
    case gradFilters
    /// dL/db.
    case gradBias
    /// ∂O/∂X of an element-wise, pooling or softmax step: 1, 0, 1/(window size), or a Jacobian entry.
    case localGradient
    /// The values a loss compares against: regression targets, or the one-hot class vector y.
    case target
    /// A loss L, one cell.
    case loss
    /// p = softmax(z), the probabilities a fused softmax + cross-entropy computes on the way.
    case probabilities
}

/// Where an operand's value comes from.
public enum OperandOrigin: String, Sendable, Hashable, Codable {
    /// A real element of its tensor.
    case element
    /// A padding cell outside the tensor (0 for sums and averages, −∞ for max pooling).
    case padding
    /// A zero inserted between cells (of dL/dO, or of a transposed convolution's input) to spread them a stride apart.
    case insertedZero
}
