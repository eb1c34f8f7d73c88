import CNNEngine
import LessonModel

/// `op: conv_transpose2d` with PyTorch's arguments: `weight` (`[C][F/groups][KH][KW]`: one block per input channel,
/// each holding that channel's kernels), `bias`, `stride`, `padding` (`n` or `[rows, cols]`, taken off each side of
/// the output), `output_padding`, `dilation` and `groups`.
extension ConvTranspose2D: OperationFormat {
    static func parameterKeys(_ kind: OperationKind) -> [String] {
        ["weight", "bias", "stride", "padding", "output_padding", "dilation", "groups"]
    }

    static var canFollow: Bool { true }

    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        guard let weight = draft.weight?.tensor() else {
            if draft.weightNode == nil {
                reader.error(
                    "conv_transpose2d needs `weight`", at: draft.operationNode, hint: "one kernel per input channel and output channel")
            }
            return nil
        }
        guard let padding = reader.symmetricPadding(draft.padding, at: draft.paddingNode, operation: draft.operation) else { return nil }
        let outputs = weight.shape[1] * draft.groups
        let bias = draft.bias.map { parsed in parsed.values.count == 1 ? Array(repeating: parsed.values[0], count: outputs) : parsed.values
        }
        do {
            return .transposedConvolution(
                try ConvTranspose2D(
                    input: input, weight: weight, bias: bias.flatMap { try? Tensor(vector: $0) }, stride: draft.stride ?? Pair(1),
                    padding: padding, outputPadding: draft.outputPadding, dilation: draft.dilation, groups: draft.groups))
        } catch {
            reader.report(error, draft: draft)
            return nil
        }
    }

    /// (H − 1)·s − 2p + d·(K − 1) + output_padding + 1 per axis, from the weight and arguments as written.
    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        guard inputShape.count == 3, let shape = draft.weight?.shape, shape.count == 4,
            case .explicit(let padding) = draft.padding == .valid ? .explicit(Padding(0)) : draft.padding
        else { return nil }
        let stride = draft.stride ?? Pair(1)
        func size(_ n: Int, _ k: Int, _ s: Int, _ p: Int, _ d: Int, _ o: Int) -> Int { (n - 1) * s - 2 * p + d * (k - 1) + o + 1 }
        let rows = size(inputShape[1], shape[2], stride.rows, padding.top, draft.dilation.rows, draft.outputPadding.rows)
        let columns = size(inputShape[2], shape[3], stride.columns, padding.left, draft.dilation.columns, draft.outputPadding.columns)
        guard rows > 0, columns > 0 else { return nil }
        return [shape[1] * draft.groups, rows, columns]
    }

    /// The weight as written and one bias per output channel.
    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters {
        guard let shape = draft.weight?.shape, shape.count == 4 else { return .unreadable }
        return .shapes(weights: shape, bias: [shape[1] * draft.groups])
    }
}
