import CNNEngine
import LessonModel

/// Cross-entropy on screen: the scores and the one-hot target beside L; for dL/dX, the probabilities p and
/// the target y whose difference it is.
extension SoftmaxCrossEntropy: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        switch kind {
        case .forward:
            return [scene.anyPanel(.input, input), scene.anyPanel(.target, oneHot), scene.resultPanel(step)]
        case .gradInput:
            return [scene.anyPanel(.probabilities, softmax.probabilities), scene.anyPanel(.target, oneHot), scene.resultPanel(step)]
        case .forwardAsConvolution, .image, .table, .gradFilters, .gradBias:
            return [scene.resultPanel(step)]
        }
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? { nil }
}
