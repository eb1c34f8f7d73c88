import CNNEngine
import LessonModel

/// The stages read from a lesson and what the checks after them need to know, even when a stage could not be
/// built: a wrong bias count must not hide a `grad_output` of the wrong shape or an `at` outside the output.
struct StageChain {
    /// Every stage, or nil when one of them could not be built.
    var stages: [LessonStage]?
    /// The drafts the stages were built from, in order; nil for a `then` stage that could not be read.
    var drafts: [StageDraft?]
    /// The first stage's input shape `[C][H][W]`, when `input` could be read.
    var inputShape: [Int]?
    /// The last stage's output shape, when every stage's output shape could be worked out (a stage that failed
    /// its own checks may still have a known output shape: a bias of the wrong count changes nothing about it).
    var outputShape: [Int]?

    /// Whether the last stage is a loss, whose backward pass starts from dL/dL = 1.
    var endsInLoss: Bool {
        stages?.last?.isLoss ?? drafts.last??.kind.isLoss ?? false
    }

    /// The results the lesson computes, with their shapes where known.
    func results(hasBackward: Bool) -> ResultShapes {
        var results = ResultShapes(computed: [.output], shapes: [:])
        results.shapes[.output] = outputShape
        guard hasBackward else { return results }
        results.computed.append(.gradInput)
        results.shapes[.gradInput] = inputShape
        // dL/dF and dL/db are those of the first stage with filters; after a stage that could not be read, which
        // stage that is, if any, is unknown.
        guard let learning = drafts.first(where: { $0 == nil || $0?.kind.parameterKeys.contains("filters") == true })
        else { return results }
        results.computed += [.gradFilters, .gradBias]
        if let filters = learning?.filters?.padded(toRank: 4).shape {
            results.shapes[.gradFilters] = filters
            results.shapes[.gradBias] = [filters[0]]
        }
        return results
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
