import CNNEngine
import LessonModel

/// How reading an image reads.
extension ImageReading: OperationText {
    /// `The image as a matrix: X[c][i][j] = intensity`.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forwardAsConvolution, .image: return "The image as a matrix: \(n.input)[c][i][j] = intensity"
        case .forward, .table, .gradFilters, .gradInput, .gradBias: return kind.rawValue
        }
    }

    /// One pixel per cell, one matrix per channel.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forwardAsConvolution, .image: return "Each cell is one pixel's intensity; a colour image has one such matrix per channel."
        case .forward, .table, .gradFilters, .gradInput, .gradBias: return ""
        }
    }
}
