/// The tiny network's sizes: a `[1][N][N]` image → F K×K filters (stride 1, no padding, with bias) → ReLU →
/// P×P max pooling (stride P) → flatten → a dense layer to one logit per class → softmax with cross-entropy.
public struct NetworkShape: Equatable, Hashable, Sendable {
    /// N, the side of the square input image.
    public var imageSize: Int
    /// F, the number of convolution filters.
    public var filterCount: Int
    /// K, the side of each square filter.
    public var kernelSize: Int
    /// P, the side (and stride) of the pooling window.
    public var poolSize: Int
    /// The number of classes (logits).
    public var classCount: Int

    /// Creates a shape; `validated()` says whether the layers fit together.
    public init(imageSize: Int, filterCount: Int, kernelSize: Int, poolSize: Int, classCount: Int) {
        self.imageSize = imageSize
        self.filterCount = filterCount
        self.kernelSize = kernelSize
        self.poolSize = poolSize
        self.classCount = classCount
    }

    /// The network trained on the 12×12 digit set: 4 filters 3×3, 2×2 pooling, 10 classes (1,050 parameters).
    public static let digits = NetworkShape(imageSize: 12, filterCount: 4, kernelSize: 3, poolSize: 2, classCount: 10)

    /// The side of each convolution output plane, N − K + 1.
    public var convolvedSize: Int { imageSize - kernelSize + 1 }
    /// The side of each pooled plane, ⌊(N − K + 1) / P⌋.
    public var pooledSize: Int { convolvedSize / poolSize }
    /// The length of the flattened features, F·S·S with S the pooled side.
    public var featureCount: Int { filterCount * pooledSize * pooledSize }

    /// The learnable tensors' names and shapes, in the order the weight file stores them.
    public var parameterShapes: [(name: String, shape: [Int])] {
        [
            ("conv.weight", [filterCount, 1, kernelSize, kernelSize]), ("conv.bias", [filterCount]),
            ("dense.weight", [classCount, featureCount]), ("dense.bias", [classCount]),
        ]
    }

    /// The number of learnable values.
    public var parameterCount: Int { parameterShapes.reduce(0) { $0 + $1.shape.reduce(1, *) } }

    /// Why a shape cannot be built.
    public struct Invalid: Error, Equatable, CustomStringConvertible {
        /// What does not fit, in a sentence.
        public let description: String
    }

    /// The shape itself when every layer has at least one output, or what does not fit.
    public func validated() throws(Invalid) -> NetworkShape {
        for (name, value) in [
            ("image size", imageSize), ("filters", filterCount), ("kernel size", kernelSize),
            ("pool size", poolSize), ("classes", classCount),
        ] where value < 1 {
            throw Invalid(description: "the \(name) must be at least 1, not \(value)")
        }
        guard classCount >= 2 else { throw Invalid(description: "a classifier needs at least 2 classes, not \(classCount)") }
        guard kernelSize <= imageSize else {
            throw Invalid(description: "a \(kernelSize)×\(kernelSize) filter does not fit a \(imageSize)×\(imageSize) image")
        }
        guard pooledSize >= 1 else {
            throw Invalid(
                description: "a \(poolSize)×\(poolSize) pool does not fit the \(convolvedSize)×\(convolvedSize) convolution output")
        }
        return self
    }
}
