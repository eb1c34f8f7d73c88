import CNNEngine

/// A sigmoid stage (the logistic function, cell by cell): forward, then dL/dX.
extension Sigmoid: CellwiseOperation {
    /// `sigmoid`.
    public var operationName: String { "sigmoid" }
    /// `A`, the activation.
    public var outputName: String { "A" }
}
