import CNNEngine
import LessonModel

/// ReLU on screen: the input's plane beside the result; for dL/dX, dL/dO and the input with the cell marked.
extension ReLU: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            let plane = step.targetIndex[0]
            return [
                scene.tensorPanel(.input, input, plane: [plane], title: scene.planeTitle(.input, input, plane)),
                scene.resultPanel(step),
            ]
        case .gradInput:
            return scene.gradientThroughInputPanels(step)
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? { nil }
}
