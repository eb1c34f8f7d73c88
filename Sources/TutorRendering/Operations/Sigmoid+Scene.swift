import CNNEngine
import LessonModel

/// Sigmoid on screen: its input beside the output; for dL/dX, dL/dO and the input with the cell marked.
extension Sigmoid: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            let plane = step.targetIndex.count > 1 ? step.targetIndex[0] : 0
            return [scene.anyPanel(.input, input, plane: plane), scene.resultPanel(step)]
        case .gradInput:
            return scene.gradientThroughInputPanels(step)
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? { nil }
}
