import CNNEngine

/// A softmax stage (probabilities from scores): forward, then dL/dX through its Jacobian.
extension Softmax: CellwiseOperation {
    /// `softmax`.
    public var operationName: String { "softmax" }
    /// `P`, the probabilities.
    public var outputName: String { "P" }
}
