import CNNEngine
import LessonModel

/// Pooling on screen: the padded input with the window; for dL/dX, dL/dO and the input with the cell marked.
extension Pool2D: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            return [scene.paddedInputPanel(paddedInput, channel: step.targetIndex[0], channels: input.shape[0]), scene.resultPanel(step)]
        case .gradInput:
            return scene.gradientThroughInputPanels(step)
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? { nil }
}
