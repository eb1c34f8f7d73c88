import CNNEngine

/// A `cross_entropy` stage: softmax and cross-entropy from logits and a class.
extension SoftmaxCrossEntropy: LossOperation {
    /// `cross_entropy`, PyTorch's name.
    public var operationName: String { "cross_entropy" }
    /// The class as a one-hot vector.
    public var targetTensor: Tensor { oneHot }
}
