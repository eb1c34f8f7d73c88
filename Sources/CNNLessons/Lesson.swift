import CNNEngine

/// A lesson: a worked example the tutor plays step by step and `export` writes out.
public struct Lesson: Sendable {
    /// Short unique name, e.g. `vertical-edges`.
    public let id: String
    /// The title shown in the menu and the player.
    public let title: String
    /// A paragraph introducing the lesson.
    public let introduction: String
    /// Where the lesson came from: a file path, or `built-in`.
    public let sourceName: String
    /// The operations in order; each one's input is the previous one's output.
    public let stages: [LessonStage]
    /// dL/dO for the last stage's output, when the lesson teaches the backward pass.
    public let gradOutput: Tensor?
    /// Display names of the tensors.
    public let names: TensorNames
    /// Whether sums are also written with names (`A₁,₁·W₁,₁ + …`).
    public let symbolic: Bool
    /// Narration per phase, keyed by `PhaseKey.narrationKey`.
    public let narration: [String: String]
    /// Answer-key values that `check` verifies.
    public let expected: [ExpectedValue]
    /// Remarks shown with the lesson, e.g. where a slide is wrong.
    public let notes: [String]

    /// Creates a lesson from its parts.
    public init(
        id: String, title: String, introduction: String, sourceName: String, stages: [LessonStage],
        gradOutput: Tensor?, names: TensorNames, symbolic: Bool, narration: [String: String],
        expected: [ExpectedValue], notes: [String]
    ) {
        self.id = id
        self.title = title
        self.introduction = introduction
        self.sourceName = sourceName
        self.stages = stages
        self.gradOutput = gradOutput
        self.names = names
        self.symbolic = symbolic
        self.narration = narration
        self.expected = expected
        self.notes = notes
    }

    /// What the lesson teaches, e.g. `conv2d + backward` or `conv2d → relu → maxpool2d`.
    public var kind: String {
        stages.map(\.operationName).joined(separator: " → ") + (gradOutput == nil ? "" : " + backward")
    }

    /// A short size summary for menus, e.g. `6×6 ⊛ 3×3` or `3×6×6 ⊛ 2×3×3×3`.
    public var sizeSummary: String {
        guard let first = stages.first else { return "" }
        return first.sizeSummary
    }
}

/// One operation of a lesson, with its data and geometry.
public enum LessonStage: Sendable {
    /// A matrix (or stack of channels) read cell by cell as intensities.
    case image(Tensor)
    /// A convolution.
    case convolution(Conv2D)
    /// A rectifier.
    case relu(ReLU)
    /// Max or average pooling.
    case pooling(Pool2D)
    /// A shape-and-parameter table for a stack of layers.
    case architecture(LayerStack)

    /// The operation's name as lesson files write it.
    public var operationName: String {
        switch self {
        case .image: return "image"
        case .convolution: return "conv2d"
        case .relu: return "relu"
        case .pooling(let pool): return pool.kind == .max ? "maxpool2d" : "avgpool2d"
        case .architecture: return "architecture"
        }
    }

    /// Whether the stage is an image read cell by cell.
    public var isImage: Bool {
        if case .image = self { return true }
        return false
    }

    /// The stage's input tensor (nil for an architecture table).
    public var input: Tensor? {
        switch self {
        case .image(let tensor): return tensor
        case .convolution(let conv): return conv.input
        case .relu(let relu): return relu.input
        case .pooling(let pool): return pool.input
        case .architecture: return nil
        }
    }

    /// The forward operation, step by step (nil for an architecture table).
    public var forward: (any TracedOperation)? {
        switch self {
        case .image(let tensor): return ImageReading(image: tensor)
        case .convolution(let conv): return conv.forward
        case .relu(let relu): return relu.forward
        case .pooling(let pool): return pool.forward
        case .architecture: return nil
        }
    }

    /// `6×6 ⊛ 3×3`-style summary of the stage's sizes.
    public var sizeSummary: String {
        func dims(_ shape: [Int]) -> String {
            let shown = shape.first == 1 && shape.count > 2 ? Array(shape.dropFirst()) : shape
            return shown.map(String.init).joined(separator: "×")
        }
        switch self {
        case .image(let tensor): return dims(tensor.shape)
        case .convolution(let conv):
            let filters = conv.filters.shape
            let kernel = filters[0] == 1 ? dims(Array(filters.dropFirst())) : dims(filters)
            return "\(dims(conv.input.shape)) ⊛ \(kernel)"
        case .relu(let relu): return dims(relu.input.shape)
        case .pooling(let pool): return "\(dims(pool.input.shape)), \(pool.window.kernel.rows)×\(pool.window.kernel.columns) window"
        case .architecture(let stack): return "\(stack.layers.count) layers"
        }
    }
}
