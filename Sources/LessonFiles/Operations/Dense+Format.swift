import CNNEngine
import LessonModel

/// `op: linear` with `weight` (`[Out][In]`, one row per output) and `bias`, as PyTorch's `F.linear`. Its input
/// is a vector; a single row or column written as a matrix counts as one.
extension Dense: OperationFormat {
    static func parameterKeys(_ kind: OperationKind) -> [String] { ["weight", "bias"] }
    static var canFollow: Bool { true }

    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        guard let weight = draft.weight?.tensor() else {
            if draft.weightNode == nil {
                reader.error("linear needs `weight`", at: draft.operationNode, hint: "one row of weights per output")
            }
            return nil
        }
        let bias = draft.bias.map { parsed in
            parsed.values.count == 1 ? Array(repeating: parsed.values[0], count: weight.shape[0]) : parsed.values
        }
        do {
            return .linear(try Dense(input: try vector(input), weight: weight, bias: bias.flatMap { try? Tensor(vector: $0) }))
        } catch {
            reader.report(error, draft: draft)
            return nil
        }
    }

    /// One value per row of `weight`.
    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        draft.weight.map { [$0.shape[0]] }
    }

    /// Weight `[Out][In]` and one bias per output.
    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters {
        guard let shape = draft.weight?.shape else { return .unreadable }
        return .shapes(weights: shape, bias: [shape[0]])
    }

    /// The input as a vector when all but one of its axes have size 1; as it is otherwise (Dense then says so).
    static func vector(_ input: Tensor) throws(ShapeError) -> Tensor {
        guard input.rank > 1, input.shape.filter({ $0 > 1 }).count <= 1 else { return input }
        return try Tensor(shape: [input.count], scalars: input.scalars)
    }
}
