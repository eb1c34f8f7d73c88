import CNNEngine
import LessonModel

/// How the run of a filter being learned reads; its iterations read as their convolution, loss and update do.
extension FilterDescent: OperationText {
    /// `Learning W: L over 10 iterations, η = 0.8`.
    public func title(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            return "Learning \(n.filters): \(n.name(of: .loss)) over \(iterations.count) iterations, η = \(NumberText.format(learningRate))"
        case .image, .table, .gradFilters, .gradInput, .gradBias, .forwardAsConvolution: return kind.rawValue
        }
    }

    /// What one step of the run is, and where the details are.
    public func defaultNarration(_ kind: PhaseKind, names n: TensorNames) -> String {
        switch kind {
        case .forward:
            let loss = n.name(of: .loss)
            return
                "Each step is one iteration: the filter \(n.filters) it starts from, its output \(n.output) = \(n.input) ⊛ \(n.filters), "
                + "and the loss \(loss) = mean((\(n.output) − y)²). Play to watch the loss fall as \(n.filters) is learned"
                + (targetFilters == nil ? "." : " and moves toward the filter that made y.")
                + " The phases after this one open each iteration: forward, loss, gradients and the update."
        case .image, .table, .gradFilters, .gradInput, .gradBias, .forwardAsConvolution:
            return ""
        }
    }
}
