import CNNEngine
import LessonModel

/// An image on screen: the whole matrix, the pixel being read bracketed.
extension ImageReading: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        [scene.resultPanel(step, title: scene.planeTitle(.input, image, step.targetIndex[0]))]
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }
}
