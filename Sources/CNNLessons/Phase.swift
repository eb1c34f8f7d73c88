import CNNEngine

/// What a phase computes.
public enum PhaseKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Reading an image's intensities.
    case image
    /// A forward operation.
    case forward
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
    /// A heading, e.g. `Forward: Z = X ⊛ W + b`.
    public let title: String
    /// The lesson's words for this phase (or a default explanation).
    public let narration: String
    /// What it steps through.
    public let content: PhaseContent
    /// dL/dO of this stage, for backward phases.
    public let gradOutput: Tensor?

    /// The number of steps.
    public var stepCount: Int {
        switch content {
        case .traced(let operation): return operation.stepCount
        case .table(let rows): return rows.count
        }
    }

    /// The traced operation, if the phase has one.
    public var operation: (any TracedOperation)? {
        if case .traced(let operation) = content { return operation }
        return nil
    }

    /// The shapes of every tensor a step of this phase may name, for labelling operands.
    public var shapes: [TensorName: [Int]] {
        var shapes: [TensorName: [Int]] = [:]
        if let input = stage.input { shapes[.input] = input.shape; shapes[.gradInput] = input.shape }
        if let output = stage.forward?.resultShape {
            shapes[.output] = output
            shapes[.gradOutput] = output
            shapes[.gradOutputFullGrid] = output
            shapes[.localGradient] = output
        }
        if case .convolution(let conv) = stage {
            shapes[.filters] = conv.filters.shape
            shapes[.rotatedFilters] = conv.filters.shape
            shapes[.gradFilters] = conv.filters.shape
            shapes[.bias] = conv.bias.shape
            shapes[.gradBias] = conv.bias.shape
        }
        return shapes
    }
}
