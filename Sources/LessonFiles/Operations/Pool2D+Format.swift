import CNNEngine
import LessonModel

/// `op: maxpool2d` or `op: avgpool2d` with `size`, `stride` (the window by default), `padding`, `dilation`,
/// `ceil_mode` and `count_include_pad` (average pooling only, as in PyTorch).
extension Pool2D: OperationFormat {
    /// PyTorch's: `max_pool2d` has `dilation`, `avg_pool2d` has `count_include_pad`.
    static func parameterKeys(_ kind: OperationKind) -> [String] {
        ["size", "stride", "padding", "ceil_mode"] + (kind == .maxpool2d ? ["dilation"] : ["count_include_pad"])
    }
    static var canFollow: Bool { true }

    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        guard let size = draft.size else {
            if draft.sizeNode == nil { reader.error("\(draft.operation) needs `size`", at: draft.operationNode, hint: "e.g. `size: 2`") }
            return nil
        }
        do {
            return .pooling(
                try Pool2D(
                    kind: draft.kind == .maxpool2d ? .max : .average, input: input, size: size, stride: stride(draft, size: size),
                    padding: draft.padding, dilation: draft.dilation, ceilMode: draft.ceilMode,
                    countIncludePad: draft.countIncludePad))
        } catch {
            reader.report(error, draft: draft)
            return nil
        }
    }

    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        guard let size = draft.size,
            let window = try? SlidingWindow2D(
                input: Pair(rows: inputShape[1], columns: inputShape[2]), kernel: size, stride: stride(draft, size: size),
                padding: draft.padding, dilation: draft.dilation, ceilMode: draft.ceilMode)
        else { return nil }
        return [inputShape[0], window.outputSize.rows, window.outputSize.columns]
    }

    /// The stride as written, the window's size by default.
    private static func stride(_ draft: StageDraft, size: Pair) -> Pair { draft.stride ?? size }

    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters {
        .absent
    }
}
