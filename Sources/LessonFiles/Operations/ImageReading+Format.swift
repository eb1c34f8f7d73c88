import CNNEngine
import LessonModel

/// `op: image`: the `input` matrix read as intensities; no parameters, and only as a lesson's first stage.
extension ImageReading: OperationFormat {
    static func parameterKeys(_ kind: OperationKind) -> [String] { [] }
    static var canFollow: Bool { false }

    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        .image(ImageReading(image: input))
    }

    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        inputShape
    }

    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters {
        .absent
    }
}
