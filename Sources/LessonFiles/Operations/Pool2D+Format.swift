import CNNEngine
import LessonModel

/// `op: maxpool2d` or `op: avgpool2d` with `size`, `stride` (the window by default) and `padding`.
extension Pool2D: OperationFormat {
    static var parameterKeys: [String] { ["size", "stride", "padding"] }
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
                    padding: draft.padding))
        } catch {
            reader.report(error, draft: draft)
            return nil
        }
    }

    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        guard let size = draft.size,
            let window = try? SlidingWindow2D(
                input: Pair(rows: inputShape[1], columns: inputShape[2]), kernel: size, stride: stride(draft, size: size),
                padding: draft.padding, dilation: Pair(1))
        else { return nil }
        return [inputShape[0], window.outputSize.rows, window.outputSize.columns]
    }

    /// The stride as written, the window's size by default.
    private static func stride(_ draft: StageDraft, size: Pair) -> Pair { draft.stride ?? size }
}
