import CNNEngine

/// What the lesson model knows about one kind of operation: its name in lesson files, the phases it gives
/// forward and backward, the tensors each phase is computed from and the names of its output.
///
/// Each operation conforms in its own file under `Operations/`; `LessonStage.operation` is the one place that
/// lists them, so a new stage case is a compile error until it has a conformance here and in every other layer
/// (text, practice, code, file format, scene). `docs/ARCHITECTURE.md` walks through adding one.
public protocol LessonOperation: Sendable {
    /// The operation's name as lesson files write it, e.g. `conv2d`.
    var operationName: String { get }
    /// The tensor the stage reads (nil for a layer table).
    var stageInput: Tensor? { get }
    /// The stage's first phase: what it computes (`forward`, `image` or `table`) and what it steps through.
    var forwardPhase: (kind: PhaseKind, content: PhaseContent) { get }
    /// The same forward result computed other ways, each a phase after `forwardPhase` (most operations have none).
    var alternativeForwardPhases: [(kind: PhaseKind, operation: any TracedOperation)] { get }
    /// The stage's backward phases for a dL/dO shaped like its output, in teaching order (empty when none).
    func backwardPhases(gradOutput: Tensor) -> [(kind: PhaseKind, operation: any TracedOperation)]
    /// A short size summary for menus, e.g. `6×6 ⊛ 3×3`.
    var sizeSummary: String { get }
    /// The name its output gets when it follows another stage (`Z` for a convolution, `A` for ReLU).
    var outputName: String { get }
    /// The tensors phase `kind` of this stage is computed from, in the order they are shown.
    func operandTensors(_ kind: PhaseKind, gradOutput: Tensor?) -> [(name: TensorName, tensor: Tensor)]
    /// The shapes of its parameters and their gradients, so step labels know which indices to show.
    var parameterShapes: [TensorName: [Int]] { get }
    /// The window it slides, for the shape coach (nil when it slides none).
    var slidingWindow: SlidingWindow2D? { get }
    /// Its input as the window sees it, padding included (nil when it slides no window).
    var windowInput: PaddedInput? { get }
    /// Whether it has learnable parameters; a lesson reports dL/dW and dL/db of the first such stage.
    var hasLearnableParameters: Bool { get }
    /// Whether each forward step reads one window (or cell) of its input, so transcripts can say where it is.
    var readsWindows: Bool { get }
    /// The operation as a loop of its own, nil for one forward and one backward pass. A requirement rather than
    /// `as? any LoopingOperation`: a cast to a protocol searches every conformance in the process for each new
    /// type, on the way to a lesson's first frame.
    var asLoop: (any LoopingOperation)? { get }
}

extension LessonOperation {
    /// Yes: a window, or one cell.
    public var readsWindows: Bool { true }

    /// None: one way to compute the forward pass.
    public var alternativeForwardPhases: [(kind: PhaseKind, operation: any TracedOperation)] { [] }

    /// None: one forward and one backward pass.
    public var asLoop: (any LoopingOperation)? { nil }

    /// `6×6`, or `3×6×6` with several channels (see `Tensor.shownShapeText`).
    static func dimensions(_ shape: [Int]) -> String {
        Tensor.shownShapeText(shape)
    }
}
