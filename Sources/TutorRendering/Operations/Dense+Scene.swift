import CNNEngine
import LessonModel

/// A linear layer on screen: the input vector and the weight matrix (the row in use marked) beside the output;
/// for the gradients, the vectors and matrix each one combines.
extension Dense: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            return [scene.anyPanel(.input, input), scene.anyPanel(.filters, weight), scene.resultPanel(step)]
        case .forwardAsConvolution, .gradFilters:
            return [scene.anyPanel(.input, input), scene.gradOutputPanel(plane: 0), scene.resultPanel(step)]
        case .gradInput:
            return [scene.anyPanel(.filters, weight), scene.gradOutputPanel(plane: 0), scene.resultPanel(step)]
        case .gradBias:
            return [scene.gradOutputPanel(plane: 0), scene.resultPanel(step)]
        case .image, .table:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? { nil }
}
