import CNNEngine
import LessonModel

/// `op: learn_filter`: the input, a target (`target` as an output, or `target_filter` that makes it), a starting
/// filter (`filters`, or `seed` with the shape taken from `target_filter` or from `size`), `learning_rate`,
/// `iterations`, and the convolution's `stride`, `padding` and `dilation`.
extension FilterDescent: OperationFormat {
    static func parameterKeys(_ kind: OperationKind) -> [String] {
        ["target", "target_filter", "filters", "seed", "size", "learning_rate", "iterations", "stride", "padding", "dilation"]
    }
    static var canFollow: Bool { false }

    /// The learned filters' shape, when `filters` or `target_filter` gives it.
    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        (draft.filters ?? draft.targetFilter).map { $0.padded(toRank: 4).shape }
    }

    /// Its filters are learned, but its results are the loop's (see `LoopingOperation.loopResultKeys`), not a
    /// dL/dW and dL/db of a backward pass.
    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters { .unreadable }

    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        guard input.rank == 3 else {
            reader.error("learn_filter needs an image input ([C][H][W]), not a vector", at: draft.operationNode)
            return nil
        }
        guard let learningRate = draft.learningRate, let iterations = draft.iterations else {
            if draft.learningRateNode == nil {
                reader.error("learn_filter needs `learning_rate`", at: draft.operationNode, hint: "e.g. `learning_rate: 0.1`")
            }
            if draft.iterationsNode == nil {
                reader.error("learn_filter needs `iterations`", at: draft.operationNode, hint: "e.g. `iterations: 20`")
            }
            return nil
        }
        guard iterations * input.count <= LessonLimits.loopWork else {
            reader.error(
                "\(iterations) iterations over \(input.count) input values is more than the limit of \(LessonLimits.loopWork) (iterations × values)",
                at: draft.iterationsNode, hint: "use fewer iterations or a smaller input")
            return nil
        }
        guard let target = target(draft, reader: &reader),
            let filters = startingFilters(draft, input: input, target: target, reader: &reader)
        else { return nil }
        do {
            return .learnFilter(
                try FilterDescent(
                    input: input, target: target, initialFilters: filters, learningRate: learningRate, iterationCount: iterations,
                    stride: draft.stride ?? Pair(1), padding: draft.padding, dilation: draft.dilation))
        } catch {
            reader.report(error, draft: draft)
            return nil
        }
    }

    /// `target` (Y itself) or `target_filter` (Y = X ⊛ W*), exactly one.
    private static func target(_ draft: StageDraft, reader: inout LessonReader) -> Target? {
        switch (draft.target, draft.targetFilter) {
        case (let output?, nil):
            return output.padded(toRank: 3).tensor().map { .output($0) }
        case (nil, let filters?):
            return filters.tensor().map { .filters($0) }
        case (.some, .some):
            reader.error("give `target` or `target_filter`, not both", at: draft.targetFilterNode)
        case (nil, nil):
            if draft.targetNode == nil && draft.targetFilterNode == nil {
                reader.error(
                    "learn_filter needs `target` (the output to reach) or `target_filter` (the filter that makes it)",
                    at: draft.operationNode)
            }
        }
        return nil
    }

    /// `filters` as written, or seeded tenths in −1…1 shaped like `target_filter`, or F × C × size × size.
    private static func startingFilters(_ draft: StageDraft, input: Tensor, target: Target, reader: inout LessonReader) -> Tensor? {
        switch (draft.filters, draft.seed) {
        case (let filters?, nil):
            return filters.padded(toRank: 4).tensor()
        case (nil, let seed?):
            if case .filters(let made) = target { return FilterDescent.seededFilters(shape: made.shape, seed: UInt64(seed)) }
            guard let size = draft.size, case .output(let output) = target else {
                reader.error("with `seed`, give `size` (the filter's side) or `target_filter`", at: draft.seedNode, hint: "e.g. `size: 3`")
                return nil
            }
            return FilterDescent.seededFilters(shape: [output.shape[0], input.shape[0], size.rows, size.columns], seed: UInt64(seed))
        case (.some, .some):
            reader.error("give `filters` or `seed`, not both", at: draft.seedNode)
        case (nil, nil):
            if draft.filtersNode == nil && draft.seedNode == nil {
                reader.error("learn_filter needs a starting filter: `filters`, or `seed` to draw one", at: draft.operationNode)
            }
        }
        return nil
    }
}
