import CNNEngine
import LessonModel

/// How one kind of operation reads: the heading of each of its phases and the explanation shown when the
/// lesson file does not narrate the phase itself. Each operation conforms in its own file under `Operations/`.
public protocol OperationText {
    /// A heading such as `Forward: Z = X ⊛ W + b` for phase `kind` of this operation.
    func title(_ kind: PhaseKind, names: TensorNames) -> String
    /// A sentence or two that explains phase `kind` of this operation.
    func defaultNarration(_ kind: PhaseKind, names: TensorNames) -> String
}

extension LessonStage {
    /// How the stage's operation reads: the one switch over operations in this layer.
    public var text: any OperationText {
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
}

extension Phase {
    /// The phase's heading, e.g. `Forward: Z = X ⊛ W + b`, or `Iteration 2 of 20 · Forward: Z = X ⊛ W` in a loop.
    public var title: String {
        let iteration = loop?.iteration.map { "Iteration \($0 + 1) of \(loop?.iterations ?? 0) · " } ?? ""
        return iteration + stage.text.title(kind, names: names)
    }

    /// The lesson's words for the phase, or the operation's default explanation.
    public var narration: String { lessonNarration ?? stage.text.defaultNarration(kind, names: names) }

    /// The words for step `index` (0-based): the lesson's words for that step where it has them, else the
    /// phase's narration.
    public func narration(atStep index: Int) -> String {
        stepNarration.first { $0.steps.contains(index + 1) }?.text ?? narration
    }

    /// A caption for an operand tensor, e.g. `dL/dZ with zeros inserted (stride) and padded …`.
    public func caption(for tensor: TensorName) -> String {
        let name = names.name(of: tensor == .gradOutputFullGrid ? .gradOutput : tensor)
        switch tensor {
        case .gradOutputFullGrid:
            let window = stage.operation.slidingWindow
            let strided = window.map { $0.rows.stride > 1 || $0.columns.stride > 1 } ?? false
            return "\(name) \(strided ? "with zeros inserted (stride) and padded" : "padded") for the full convolution"
        case .zeroInsertedInput: return "\(name) with zeros inserted (stride) and padded for the equivalent convolution"
        case .rotatedFilters: return "\(names.filters) rotated 180°"
        case .input, .filters, .bias, .output, .gradOutput, .gradInput, .gradFilters, .gradBias, .localGradient, .target, .loss,
            .probabilities:
            return name
        }
    }
}
