import CNNEngine
import LessonModel

/// The stages read from a lesson and what the checks after them need to know, even when a stage could not be
/// built: a wrong bias count must not hide a `grad_output` of the wrong shape or an `at` outside the output.
struct StageChain {
    /// The drafts the stages are built from, in order; nil for a `then` stage that could not be read.
    let drafts: [StageDraft?]
    /// The stage built from each draft; nil where it could not be built or was not reached.
    var built: [LessonStage?]
    /// The first stage's input shape, when `input` could be read.
    var inputShape: [Int]?
    /// The last stage's output shape, when every stage's output shape could be worked out (a stage that failed
    /// its own checks may still have a known output shape: a bias of the wrong count changes nothing about it).
    var outputShape: [Int]?

    /// A chain of `drafts` with nothing built yet.
    init(drafts: [StageDraft?]) {
        self.drafts = drafts
        built = Array(repeating: nil, count: drafts.count)
    }

    /// Every stage, or nil when one of them could not be built.
    var stages: [LessonStage]? {
        built.allSatisfy { $0 != nil } ? built.compactMap { $0 } : nil
    }

    /// Whether the last stage is a loss, whose backward pass starts from dL/dL = 1.
    var endsInLoss: Bool {
        built.last??.isLoss ?? drafts.last??.kind.isLoss ?? false
    }

    /// The results the lesson computes, with their shapes where known.
    func results(hasBackward: Bool) -> ResultShapes {
        if let loopResults = drafts.first??.kind.format.loopingResultKeys {
            let shapes = built.first??.operation.asLoop?.loopResultShapes ?? [:]
            return ResultShapes(computed: loopResults, shapes: shapes)
        }
        var results = ResultShapes(computed: [.output], shapes: [:])
        results.shapes[.output] = outputShape
        guard hasBackward else { return results }
        results.computed.append(.gradInput)
        results.shapes[.gradInput] = inputShape
        // dL/dW and dL/db are those of the first stage with learnable parameters; after a stage that could not be
        // read, which stage that is, if any, is unknown.
        guard let learning = parameters.first(where: { $0 != LearnableParameters.absent }) else { return results }
        results.computed += [.gradFilters, .gradBias]
        if case .shapes(let weights, let bias)? = learning.flatMap({ $0 }) {
            results.shapes[.gradFilters] = weights
            results.shapes[.gradBias] = bias
        }
        return results
    }

    /// Each stage's learnable parameters: the built stage's where there is one, otherwise as its draft writes them;
    /// nil for a stage that could not be read.
    private var parameters: [LearnableParameters?] {
        zip(built, drafts).map { stage, draft in
            stage.map(Self.learnableParameters) ?? draft.map { $0.kind.format.learnableParameters($0) }
        }
    }

    /// A built stage's learnable parameters.
    private static func learnableParameters(_ stage: LessonStage) -> LearnableParameters {
        guard stage.operation.hasLearnableParameters else { return .absent }
        let shapes = stage.operation.parameterShapes
        guard let weights = shapes[.gradFilters], let bias = shapes[.gradBias] else { return .unreadable }
        return .shapes(weights: weights, bias: bias)
    }
}

/// The results a lesson computes and, where known, their shapes.
struct ResultShapes {
    /// The results the lesson computes, in `ResultKey` order.
    var computed: [ResultKey]
    /// The shape of each computed result that could be worked out.
    var shapes: [ResultKey: [Int]]

    /// `it computes: output, grad_input`.
    var hint: String {
        "it computes: " + computed.map(\.rawValue).joined(separator: ", ")
    }
}
