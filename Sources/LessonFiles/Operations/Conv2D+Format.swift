import CNNEngine
import LessonModel

/// `op: conv2d` with `filters`, `bias`, `stride`, `padding`, `dilation` and `groups`.
extension Conv2D: OperationFormat {
    static func parameterKeys(_ kind: OperationKind) -> [String] { ["filters", "bias", "stride", "padding", "dilation", "groups"] }
    static var canFollow: Bool { true }

    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        guard let parsedFilters = draft.filters else {
            if draft.filtersNode == nil { reader.error("conv2d needs `filters`", at: draft.operationNode) }
            return nil
        }
        let shape = parsedFilters.padded(toRank: 4).shape
        if shape[0] > LessonLimits.filters || shape[2] > LessonLimits.kernelSize || shape[3] > LessonLimits.kernelSize {
            reader.error(
                "filters are \(LessonReader.format(shape)); the limits are \(LessonLimits.filters) filters and \(LessonLimits.kernelSize) per kernel side",
                at: draft.filtersNode)
            return nil
        }
        guard let filters = parsedFilters.padded(toRank: 4).tensor() else { return nil }
        var bias: Tensor?
        if let parsedBias = draft.bias {
            let values = parsedBias.values.count == 1 ? Array(repeating: parsedBias.values[0], count: shape[0]) : parsedBias.values
            bias = try? Tensor(vector: values)
        }
        do {
            return .convolution(
                try Conv2D(
                    input: input, filters: filters, bias: bias, stride: stride(draft), padding: draft.padding,
                    dilation: draft.dilation, groups: draft.groups))
        } catch {
            reader.report(error, draft: draft)
            return nil
        }
    }

    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        guard let shape = draft.filters?.padded(toRank: 4).shape,
            let window = try? SlidingWindow2D(
                input: Pair(rows: inputShape[1], columns: inputShape[2]), kernel: Pair(rows: shape[2], columns: shape[3]),
                stride: stride(draft), padding: draft.padding, dilation: draft.dilation)
        else { return nil }
        return [shape[0], window.outputSize.rows, window.outputSize.columns]
    }

    /// The stride as written, 1 by default.
    private static func stride(_ draft: StageDraft) -> Pair { draft.stride ?? Pair(1) }

    /// Filters `[F][C][KH][KW]` and one bias per filter.
    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters {
        guard let shape = draft.filters?.padded(toRank: 4).shape else { return .unreadable }
        return .shapes(weights: shape, bias: [shape[0]])
    }
}
