import CNNEngine
import LessonModel
import LessonPictures

extension PlayerState {
    /// The scale of every tensor phase `phase` draws, given its whole result: computed when a phase is entered,
    /// so drawing a picture only reads it.
    static func pictureScales(of phase: Phase, result: Tensor?, lesson: Lesson) -> [TensorName: PictureScale] {
        phase.pictureScales(result: result, image: lesson.image)
    }

    /// The longest side of the tensors the phase draws: how far a 1:1 view can usefully be panned.
    var largestPictureSide: Int {
        let shapes = phase.operandTensors.map { $0.tensor.shape } + [phaseResult?.shape ?? []]
        return shapes.flatMap { $0.suffix(2) }.max() ?? 0
    }
}

extension PlayerState {
    /// This player showing numbers or pictures as the student last chose for the lesson (`saved`).
    func viewing(as saved: LessonProgress?) -> PlayerState {
        var copy = self
        if let pictures = saved?.pictures { copy.picture.isOn = pictures }
        return copy
    }

    /// The view to remember: pictures or numbers when it differs from how the lesson opens, else nil.
    var chosenView: Bool? {
        picture.isOn == PictureView.opening(lesson).isOn ? nil : picture.isOn
    }
}
