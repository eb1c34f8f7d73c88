import CNNEngine
import LessonModel

/// `op: softmax`, which takes no parameters.
extension Softmax: OperationFormat {
    static func parameterKeys(_ kind: OperationKind) -> [String] { [] }
    static var canFollow: Bool { true }

    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage? {
        do {
            return .softmax(try Softmax(input: try Dense.vector(input)))
        } catch {
            reader.report(error, draft: draft)
            return nil
        }
    }

    /// Unknown: it fails only on an input it cannot take.
    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]? {
        nil
    }

    static func learnableParameters(_ draft: StageDraft) -> LearnableParameters {
        .absent
    }
}
