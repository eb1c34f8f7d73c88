import CNNEngine

/// Where a phase sits in a stage's own loop (gradient descent): the whole run, or one part of one iteration.
public struct LoopPosition: Sendable, Hashable {
    /// Which part of the loop a phase shows; the raw value is its narration key in lesson files.
    public enum Part: String, Sendable, Hashable, CaseIterable {
        /// Every iteration at once: one step per iteration, its loss.
        case run
        /// Z = X ⊛ W with this iteration's W.
        case forward
        /// L from Z and the target.
        case loss
        /// dL/dZ.
        case gradOutput = "grad_output"
        /// dL/dW.
        case gradFilters = "grad_filters"
        /// W ← W − η · dL/dW.
        case update
    }

    /// The part shown.
    public let part: Part
    /// The iteration, from 0 (nil for the whole run).
    public let iteration: Int?
    /// How many iterations the loop has.
    public let iterations: Int

    /// Creates a position.
    public init(part: Part, iteration: Int?, iterations: Int) {
        self.part = part
        self.iteration = iteration
        self.iterations = iterations
    }
}

/// One phase of a loop: the stage whose operation it shows (a convolution, a loss, an update), with its kind,
/// names and dL/dO as an ordinary phase would have them, and where it sits in the loop.
public struct LoopPhase: Sendable {
    /// The stage the phase's steps belong to (its text, practice and scene are that stage's).
    public let stage: LessonStage
    /// What it computes.
    public let kind: PhaseKind
    /// Its steps.
    public let operation: any TracedOperation
    /// Tensor names as its steps read them (`Z` is the loss's input).
    public let names: TensorNames
    /// dL/dO for a gradient phase.
    public let gradOutput: Tensor?
    /// Where it sits in the loop.
    public let position: LoopPosition

    /// Creates a loop phase.
    public init(
        stage: LessonStage, kind: PhaseKind, operation: any TracedOperation, names: TensorNames, gradOutput: Tensor?,
        position: LoopPosition
    ) {
        self.stage = stage
        self.kind = kind
        self.operation = operation
        self.names = names
        self.gradOutput = gradOutput
        self.position = position
    }
}

/// An operation that teaches a loop of its own (a training run) instead of one forward and one backward pass: the
/// lesson's phases are its loop's phases, and its results are what the loop ends with.
public protocol LoopingOperation: LessonOperation {
    /// Every phase of the loop in teaching order, named from the lesson's `names`.
    func loopPhases(names: TensorNames) -> [LoopPhase]
    /// The shape of each result the loop computes, for answer keys.
    var loopResultShapes: [ResultKey: [Int]] { get }
    /// The results every loop of this kind computes, in `ResultKey` order (known before one is built).
    static var loopResultKeys: [ResultKey] { get }
}

extension LoopingOperation {
    /// Itself.
    public var asLoop: (any LoopingOperation)? { self }
}
