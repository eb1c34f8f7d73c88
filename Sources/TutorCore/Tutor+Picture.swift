extension Tutor {
    /// `z`: pictures fit their panels, or show one pixel per half cell.
    static func zoomPictures(_ state: inout TutorState, _ player: inout PlayerState) {
        guard player.picture.isOn else { return explainPicturesOff(&state) }
        player.picture.toggleZoom()
        state.notice = .init(player.picture.zoom == .fit ? "Pictures fit their panels." : "Pictures at 1:1: H J K L pan.")
    }

    /// `H J K L`: move a 1:1 picture view.
    static func panPictures(_ state: inout TutorState, _ player: inout PlayerState, _ direction: PanDirection) {
        guard player.picture.isOn else { return explainPicturesOff(&state) }
        guard player.picture.zoom == .actual else {
            state.notice = .init("Pictures fit their panels: press z for 1:1, then H J K L pan.")
            return
        }
        player.picture.pan(direction, limit: player.largestPictureSide)
    }

    private static func explainPicturesOff(_ state: inout TutorState) {
        state.notice = .init("Zoom and pan are for pictures: press i first.")
    }
}
