import CNNEngine
import LessonModel

/// `op: relu`, which takes no parameters.
extension ReLU: OperationFormat {
    static func parameterKeys(_ kind: OperationKind) -> [String] { [] }
    static var canFollow: Bool { true }

    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        .relu(ReLU(input: input))
    }

    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        inputShape
    }

    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters {
        .absent
    }
}
