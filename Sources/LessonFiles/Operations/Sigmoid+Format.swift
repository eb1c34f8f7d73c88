import CNNEngine
import LessonModel

/// `op: sigmoid`, which takes no parameters.
extension Sigmoid: OperationFormat {
    static func parameterKeys(_ kind: OperationKind) -> [String] { [] }
    static var canFollow: Bool { true }

    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        .sigmoid(Sigmoid(input: input))
    }

    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        inputShape
    }

    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters {
        .absent
    }
}
