import CNNEngine

/// A ReLU stage: forward, then dL/dX.
extension ReLU: CellwiseOperation {
    /// `relu`.
    public var operationName: String { "relu" }
    /// `A`, the activation.
    public var outputName: String { "A" }
}
