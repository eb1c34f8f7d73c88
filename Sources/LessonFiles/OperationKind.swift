import CNNEngine
import LessonModel

/// The operations a lesson file names with `op:`; each maps to the type that knows its keys.
public enum OperationKind: String, Sendable, CaseIterable {
    /// `image`: a matrix read cell by cell.
    case image
    /// `conv2d`.
    case conv2d
    /// `relu`.
    case relu
    /// `maxpool2d`.
    case maxpool2d
    /// `avgpool2d`.
    case avgpool2d
    /// `architecture`: a layer table.
    case architecture

    /// The type that reads this operation's keys: the one switch over operations in the file format.
    var format: any OperationFormat.Type {
        switch self {
        case .image: return ImageReading.self
        case .conv2d: return Conv2D.self
        case .relu: return ReLU.self
        case .maxpool2d, .avgpool2d: return Pool2D.self
        case .architecture: return LayerStack.self
        }
    }

    /// The operations a lesson may start with, as written.
    static var names: [String] { allCases.map(\.rawValue) }

    /// The operations that may follow another under `then:`, as written.
    static var chainedNames: [String] { allCases.filter { $0.format.canFollow }.map(\.rawValue) }

    /// Every parameter key of every operation, in a stable order, to report one that does not apply.
    static var allParameterKeys: [String] {
        var seen = Set<String>()
        return allCases.flatMap { $0.format.parameterKeys }.filter { seen.insert($0).inserted }
    }
}

/// How one operation is written in a lesson file: the keys it takes and how its stage is built from them.
/// Each operation conforms in its own file under `Operations/`.
protocol OperationFormat {
    /// The parameter keys it takes (besides `op` and `narration`).
    static var parameterKeys: [String] { get }
    /// Whether it may follow another stage under `then:`.
    static var canFollow: Bool { get }
    /// Builds the stage from its parameters and its input, reporting every problem to `reader`; nil on failure.
    static func stage(_ draft: StageDraft, input: Tensor, reader: inout LessonReader) -> LessonStage?
    /// The output shape `[C][H][W]` the stage would have for an input of `inputShape`, worked out from its
    /// parameters alone, so that the checks after a stage that failed (a bias of the wrong count, pooling padding
    /// over half the window) can still be made. Nil when the parameters do not determine it.
    static func outputShape(_ draft: StageDraft, inputShape: [Int]) -> [Int]?
}
