import CNNEngine
import LessonModel

/// The operations a lesson file names with `op:`; each maps to the type that knows its keys.
public enum OperationKind: String, Sendable, CaseIterable {
    /// `image`: a matrix read cell by cell.
    case image
    /// `conv2d`.
    case conv2d
    /// `conv_transpose2d`: every input cell stamps the kernel onto the output.
    case convTranspose2d = "conv_transpose2d"
    /// `relu`.
    case relu
    /// `maxpool2d`.
    case maxpool2d
    /// `avgpool2d`.
    case avgpool2d
    /// `architecture`: a layer table.
    case architecture
    /// `flatten`: `[C][H][W]` to a vector.
    case flatten
    /// `linear`: y = W·x + b (PyTorch's `F.linear`).
    case linear
    /// `sigmoid`.
    case sigmoid
    /// `softmax`.
    case softmax
    /// `mse_loss`: the mean squared error against `target`.
    case mseLoss = "mse_loss"
    /// `cross_entropy`: softmax and cross-entropy from logits against a class `target`.
    case crossEntropy = "cross_entropy"
    /// `learn_filter`: a convolution's filters learned by gradient descent against a target.
    case learnFilter = "learn_filter"

    /// The type that reads this operation's keys: the one switch over operations in the file format.
    var format: any OperationFormat.Type {
        switch self {
        case .image: return ImageReading.self
        case .conv2d: return Conv2D.self
        case .convTranspose2d: return ConvTranspose2D.self
        case .relu: return ReLU.self
        case .maxpool2d, .avgpool2d: return Pool2D.self
        case .architecture: return LayerStack.self
        case .flatten: return Flatten.self
        case .linear: return Dense.self
        case .sigmoid: return Sigmoid.self
        case .softmax: return Softmax.self
        case .mseLoss: return MeanSquaredError.self
        case .crossEntropy: return SoftmaxCrossEntropy.self
        case .learnFilter: return FilterDescent.self
        }
    }

    /// The parameter keys it takes.
    var parameterKeys: [String] { format.parameterKeys(self) }

    /// Whether it is a loss, comparing its input with a `target`: a lesson that ends in one needs no `grad_output`.
    /// A loop that learns toward a target (`learn_filter`) runs its own backward passes and is not one.
    var isLoss: Bool { parameterKeys.contains("target") && format.loopingResultKeys == nil }

    /// The operations a lesson may start with, as written.
    static var names: [String] { allCases.map(\.rawValue) }

    /// The operations that may follow another under `then:`, as written.
    static var chainedNames: [String] { allCases.filter { $0.format.canFollow }.map(\.rawValue) }

    /// Every parameter key of every operation, in a stable order, to report one that does not apply (worked out
    /// once: every stage a lesson reads asks).
    static let allParameterKeys: [String] = {
        var seen = Set<String>()
        return allCases.flatMap { $0.parameterKeys }.filter { seen.insert($0).inserted }
    }()
}

/// How one operation is written in a lesson file: the keys it takes and how its stage is built from them.
/// Each operation conforms in its own file under `Operations/`.
protocol OperationFormat {
    /// The parameter keys operation `kind` takes (besides `op` and `narration`).
    static func parameterKeys(_ kind: OperationKind) -> [String]
    /// Whether it may follow another stage under `then:`.
    static var canFollow: Bool { get }
    /// Builds the stage from its parameters and its input, reporting every problem to `reader`; nil on failure.
    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage?
    /// The output shape a stage that failed its own checks would have had for an input of `inputShape`, worked out
    /// from its parameters alone, so that the checks after it (a bias of the wrong count, pooling padding over the
    /// window) can still be made. Nil when the parameters do not determine it.
    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]?
    /// Its learnable parameters as written, for the shapes of dL/dW and dL/db when the stage could not be built.
    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters
    /// The results a loop of this kind computes (`LoopingOperation.loopResultKeys`), nil when it is no loop. A
    /// requirement rather than a cast to `any LoopingOperation.Type`, which searches every conformance in the
    /// process on the way to a lesson's first frame.
    static var loopingResultKeys: [ResultKey]? { get }
}

extension OperationFormat {
    /// None: not a loop.
    static var loopingResultKeys: [ResultKey]? { nil }
}

extension OperationFormat where Self: LoopingOperation {
    /// The loop's results.
    static var loopingResultKeys: [ResultKey]? { loopResultKeys }
}

/// What a stage's draft says about its learnable parameters, whose gradients a lesson may state under `expected`.
enum LearnableParameters: Equatable {
    /// It has none.
    case absent
    /// It has some, but they could not be read.
    case unreadable
    /// The shapes of its weights (dL/dW) and bias (dL/db).
    case shapes(weights: [Int], bias: [Int])
}
