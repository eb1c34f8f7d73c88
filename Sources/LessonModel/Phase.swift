import CNNEngine

/// What a phase computes.
public enum PhaseKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Reading an image's intensities.
    case image
    /// A forward operation.
    case forward
    /// The same forward operation computed another way: a transposed convolution as an ordinary convolution
    /// of the zero-inserted, padded input with the rotated kernel.
    case forwardAsConvolution = "forward_as_convolution"
    /// dL/dF of a convolution.
    case gradFilters = "grad_filters"
    /// dL/dX of any operation.
    case gradInput = "grad_input"
    /// dL/db of a convolution.
    case gradBias = "grad_bias"
    /// A shape-and-parameter table.
    case table
}

/// The content a phase steps through.
public enum PhaseContent: Sendable {
    /// Cell-by-cell steps of a traced operation.
    case traced(any TracedOperation)
    /// Rows of a layer table.
    case table([LayerRow])
}

/// One part of a lesson with its own steps: a forward pass, one gradient, or a table.
public struct Phase: Sendable {
    /// What it computes.
    public let kind: PhaseKind
    /// Which stage of the lesson it belongs to (0-based).
    public let stageIndex: Int
    /// The stage itself.
    public let stage: LessonStage
    /// The stage's tensor names.
    public let names: TensorNames
    /// The lesson file's words for this phase, if it has any (LessonText supplies a default otherwise).
    public let lessonNarration: String?
    /// The lesson file's words for some of its steps.
    public let stepNarration: [StepNarration]

    /// Words for a range of a phase's steps, e.g. steps 2–4: "the window reaches the padding".
    public struct StepNarration: Sendable, Equatable {
        /// The steps, numbered from 1.
        public let steps: ClosedRange<Int>
        /// The words.
        public let text: String
    }
    /// What it steps through.
    public let content: PhaseContent
    /// dL/dO of this stage, for backward phases.
    public let gradOutput: Tensor?
    /// Where the phase sits in a loop (gradient descent), or nil for an ordinary forward or backward phase.
    public let loop: LoopPosition?

    /// The number of steps.
    public var stepCount: Int {
        switch content {
        case .traced(let operation): return operation.stepCount
        case .table(let rows): return rows.count
        }
    }

    /// The key of this phase's narration in `Lesson.narration`, e.g. `forward`, `2.grad_input`, or a loop's part
    /// (`update`).
    public var narrationKey: String { Self.narrationKey(stageIndex: stageIndex, name: narrationName) }

    /// Whether the phase shows one iteration of a loop (not the loop's run): its tensors were computed by the
    /// iterations before it, not given.
    public var isInsideLoop: Bool { loop?.iteration != nil }

    /// The phase's name in narration keys: its loop part in a loop (`loss`, `update`), else its kind.
    public var narrationName: String { loop?.part.rawValue ?? kind.rawValue }

    /// Every name a narration key may have: the phase kinds, then the parts of a loop that are not kinds.
    public static let narrationNames: [String] = {
        let kinds = PhaseKind.allCases.map(\.rawValue)
        return kinds + LoopPosition.Part.allCases.map(\.rawValue).filter { !kinds.contains($0) }
    }()

    /// The narration key of phase `kind` of stage `stageIndex`: the phase key for the first stage, and the stage's
    /// 1-based number before it for later ones (`2.forward`), as lesson files' `then:` stages are numbered.
    public static func narrationKey(stageIndex: Int, kind: PhaseKind) -> String {
        narrationKey(stageIndex: stageIndex, name: kind.rawValue)
    }

    /// The narration key of the phase named `name` (a kind or a loop's part) of stage `stageIndex`.
    public static func narrationKey(stageIndex: Int, name: String) -> String {
        stageIndex == 0 ? name : "\(stageIndex + 1).\(name)"
    }

    /// The traced operation, if the phase has one.
    public var operation: (any TracedOperation)? {
        if case .traced(let operation) = content { return operation }
        return nil
    }

    /// The shapes of every tensor a step of this phase may name, for labelling operands.
    public var shapes: [TensorName: [Int]] {
        var shapes = stage.operation.parameterShapes
        if let input = stage.input { shapes[.input] = input.shape; shapes[.gradInput] = input.shape }
        if let forward = stage.forward {
            for name in [forward.resultName, .output, .gradOutput, .gradOutputFullGrid, .localGradient] {
                shapes[name] = forward.resultShape
            }
        }
        if loop != nil, let operation { shapes[operation.resultName] = operation.resultShape }
        return shapes
    }

    /// The tensors the phase is computed from, in the order they are shown: e.g. X, W, b for a forward
    /// convolution; dL/dO, its zero-inserted padded grid and the rotated filters for dL/dX.
    public var operandTensors: [(name: TensorName, tensor: Tensor)] {
        stage.operation.operandTensors(kind, gradOutput: gradOutput)
    }
}
