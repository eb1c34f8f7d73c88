import CNNEngine
import LessonModel

/// `op: cross_entropy` with `target`: the correct class's index (from 0, as PyTorch counts) or a one-hot vector;
/// its input is the logits (PyTorch's `F.cross_entropy(input, target)`, softmax included).
extension SoftmaxCrossEntropy: OperationFormat {
    static func parameterKeys(_ kind: OperationKind) -> [String] { ["target"] }
    static var canFollow: Bool { true }

    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        guard let parsed = draft.target else {
            if draft.targetNode == nil {
                reader.error(
                    "cross_entropy needs `target`", at: draft.operationNode, hint: "the correct class's index, from 0, e.g. `target: 2`")
            }
            return nil
        }
        let target: ClassTarget
        if parsed.values.count == 1, let index = Int(exactly: parsed.values[0]) {
            target = .index(index)
        } else if let vector = try? Tensor(vector: parsed.values) {
            target = .oneHot(vector)
        } else {
            reader.error(
                "target must be a class index or a one-hot list", at: draft.targetNode, hint: "e.g. `target: 2` or `target: [0, 0, 1]`")
            return nil
        }
        do {
            return .crossEntropy(try SoftmaxCrossEntropy(input: try Dense.vector(input), target: target))
        } catch {
            reader.report(error, draft: draft)
            return nil
        }
    }

    /// One number, the loss.
    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        [1]
    }

    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters {
        .absent
    }
}
