import CNNEngine
import LessonModel

/// Mean-squared error on screen: the prediction and the target beside L, or beside dL/dX filling in.
extension MeanSquaredError: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward, .gradInput:
            return [scene.anyPanel(.input, input), scene.anyPanel(.target, target), scene.resultPanel(step)]
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? { nil }
}
