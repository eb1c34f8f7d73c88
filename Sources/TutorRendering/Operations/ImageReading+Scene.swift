import CNNEngine
import LessonModel

/// An image on screen: the whole matrix with the pixel being read bracketed, and beside it the same matrix as
/// a picture with that pixel framed (in picture view, the picture with the numbers around the pixel).
extension ImageReading: OperationScene {
    func panels(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [MatrixPanel] {
        let numbers = scene.resultPanel(step, title: scene.planeTitle(.input, image, step.targetIndex[0]))
        return scene.player.picture.isOn ? [numbers] : [numbers, numbers.asPicture(options: scene.options)]
    }

    func channelPanelRows(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> [[MatrixPanel]]? { nil }

    func panelTable(_ kind: PhaseKind, step: Step, in scene: PhaseScene) -> PanelTable? { nil }
}
