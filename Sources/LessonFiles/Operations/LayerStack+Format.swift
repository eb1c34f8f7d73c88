import CNNEngine
import LessonModel

/// `op: architecture` with `input_shape` and `layers` (read by `LessonReader.architecture`: it has no input).
extension LayerStack: OperationFormat {
    static func parameterKeys(_ kind: OperationKind) -> [String] { ["input_shape", "layers"] }
    static var canFollow: Bool { false }

    /// Never reached: an architecture lesson has no `input` and cannot follow a stage, so the reader builds
    /// its table from `input_shape` and `layers` instead.
    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        nil
    }

    /// Never reached either: nothing follows or precedes an architecture table.
    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        nil
    }

    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters {
        .absent
    }
}
