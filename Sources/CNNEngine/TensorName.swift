/// The role a tensor plays in a lesson; the UI and transcripts name and draw operands by it.
public enum TensorName: String, Sendable, Hashable, CaseIterable, Codable {
    /// The layer input X (A in the recitation).
    case input
    /// The filters W (F in the backward lecture).
    case filters
    /// The filters turned 180° for the full convolution that gives dL/dX.
    case rotatedFilters
    /// One bias per filter.
    case bias
    /// The forward result (Z, O).
    case output
    /// dL/dO, the loss gradient arriving from the next layer.
    case gradOutput
    /// dL/dO with stride−1 zeros inserted between cells and padded for the full convolution.
    case gradOutputFullGrid
    /// dL/dX.
    case gradInput
    /// dL/dF (dL/dW).
    case gradFilters
    /// dL/db.
    case gradBias
    /// ∂O/∂X of an element-wise or pooling step: 1, 0 or 1/(window size).
    case localGradient
}

/// Where an operand's value comes from.
public enum OperandOrigin: String, Sendable, Hashable, Codable {
    /// A real element of its tensor.
    case element
    /// A padding cell outside the tensor (0 for sums and averages, −∞ for max pooling).
    case padding
    /// A zero inserted between cells of dL/dO because the forward stride skipped positions.
    case insertedZero
}
