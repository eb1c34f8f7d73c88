import CNNEngine

/// An `mse_loss` stage: the mean of squared differences from a target.
extension MeanSquaredError: LossOperation {
    /// `mse_loss`, PyTorch's name.
    public var operationName: String { "mse_loss" }
    /// The target as given.
    public var targetTensor: Tensor { target }
}
