import CNNEngine

/// One operation of a lesson, with its data and geometry. The cases are the operations lessons can teach.
public enum LessonStage: Sendable {
    /// A matrix (or stack of channels) read cell by cell as intensities.
    case image(ImageReading)
    /// A convolution.
    case convolution(Conv2D)
    /// A transposed convolution: every input cell stamps the kernel onto the output.
    case transposedConvolution(ConvTranspose2D)
    /// A rectifier.
    case relu(ReLU)
    /// Max or average pooling.
    case pooling(Pool2D)
    /// A shape-and-parameter table for a stack of layers.
    case architecture(LayerStack)
    /// `[C][H][W]` laid out as one vector.
    case flatten(Flatten)
    /// A fully connected layer y = W·x + b.
    case linear(Dense)
    /// The logistic function, cell by cell.
    case sigmoid(Sigmoid)
    /// Probabilities from scores: e^z / Σ e^z.
    case softmax(Softmax)
    /// The mean of squared differences from a target.
    case meanSquaredError(MeanSquaredError)
    /// Softmax and cross-entropy from logits and a class, as PyTorch's `cross_entropy`.
    case crossEntropy(SoftmaxCrossEntropy)
    /// One step of gradient descent: W ← W − η · dL/dW.
    case gradientStep(GradientDescentStep)
    /// A filter learned by gradient descent: forward, loss, dL/dZ, dL/dW and the update, iteration after iteration.
    case learnFilter(FilterDescent)

    /// What the lesson model knows about the stage's operation: the one switch over operations in this layer.
    public var operation: any LessonOperation {
        switch self {
        case .image(let image): return image
        case .convolution(let conv): return conv
        case .transposedConvolution(let conv): return conv
        case .relu(let relu): return relu
        case .pooling(let pool): return pool
        case .architecture(let stack): return stack
        case .flatten(let flatten): return flatten
        case .linear(let dense): return dense
        case .sigmoid(let sigmoid): return sigmoid
        case .softmax(let softmax): return softmax
        case .meanSquaredError(let loss): return loss
        case .crossEntropy(let loss): return loss
        case .gradientStep(let step): return step
        case .learnFilter(let descent): return descent
        }
    }

    /// The operation's name as lesson files write it.
    public var operationName: String { operation.operationName }

    /// The stage's input tensor (nil for an architecture table).
    public var input: Tensor? { operation.stageInput }

    /// The forward operation, step by step (nil for an architecture table).
    public var forward: (any TracedOperation)? {
        if case .traced(let traced) = operation.forwardPhase.content { return traced }
        return nil
    }

    /// `6×6 ⊛ 3×3`-style summary of the stage's sizes.
    public var sizeSummary: String { operation.sizeSummary }

    /// Whether the stage computes a loss, so the backward pass can start from dL/dL = 1 (a loop, which runs its
    /// own backward passes, is not one).
    public var isLoss: Bool { forward?.resultName == .loss && operation.asLoop == nil }

    /// Whether the stage is an image read cell by cell.
    public var isImage: Bool {
        if case .image = self { return true }
        return false
    }
}
