import CNNEngine
import LessonModel

/// `op: mse_loss` with `target`, shaped like its input (PyTorch's `F.mse_loss(input, target)`).
extension MeanSquaredError: OperationFormat {
    static func parameterKeys(_ kind: OperationKind) -> [String] { ["target"] }
    static var canFollow: Bool { true }

    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        guard let parsed = draft.target else {
            if draft.targetNode == nil {
                reader.error("mse_loss needs `target`", at: draft.operationNode, hint: "one value per input value")
            }
            return nil
        }
        guard parsed.values.count == input.count, let target = try? Tensor(shape: input.shape, scalars: parsed.values) else {
            reader.error(
                "target has \(parsed.values.count) values but the prediction has \(input.count) (\(Tensor.shapeText(input.shape)))",
                at: draft.targetNode, hint: "give one target value per predicted value")
            return nil
        }
        do {
            return .meanSquaredError(try MeanSquaredError(input: input, target: target))
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
