import CNNEngine
import LessonModel

/// Flatten on screen: the input's plane with the copied cell marked, beside the vector filling in.
extension Flatten: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            let source = sourceIndex(ofOutput: step.targetIndex[0])
            return [scene.anyPanel(.input, input, plane: source[0]), scene.resultPanel(step)]
        case .gradInput:
            return [scene.gradOutputPanel(plane: 0), scene.resultPanel(step)]
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? { nil }
}
