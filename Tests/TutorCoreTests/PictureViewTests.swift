import LessonModel
import Testing
import TutorCore

/// The picture view's keys: `i` switches numbers and pictures, `z` the zoom, `H J K L` pan; the choice is
/// remembered per lesson through its progress record.
@Suite struct PictureViewTests {
    @Test func aLessonReadFromAnImageOpensInPicturesOthersInNumbers() {
        #expect(Fixtures.playing("house-edges").player?.picture.isOn == true)
        #expect(Fixtures.playing("vertical-edges").player?.picture.isOn == false)
    }

    @Test func iSwitchesBetweenNumbersAndPictures() {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("i"))
        #expect(tutor.player?.picture.isOn == true)
        tutor.press(.character("i"))
        #expect(tutor.player?.picture.isOn == false)
    }

    @Test func zoomAndPanExplainThemselvesOutsidePictures() {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("z"))
        #expect(tutor.state.notice?.text == "Zoom and pan are for pictures: press i first.")
        #expect(tutor.player?.picture.zoom == .fit)
        tutor.press(.character("i"), .character("L"))
        #expect(tutor.state.notice?.text == "Pictures fit their panels: press z for 1:1, then H J K L pan.")
        #expect(tutor.player?.picture.pan == PictureOffset(rows: 0, columns: 0))
    }

    @Test func panningMovesByAStepAndStopsAtTheLargestSide() throws {
        var tutor = Fixtures.playing("house-edges")
        tutor.press(.character("z"))
        #expect(tutor.player?.picture.zoom == .actual)
        tutor.press(.character("L"), .character("J"), .character("J"))
        let step = PictureView.panStep
        #expect(tutor.player?.picture.pan == PictureOffset(rows: 2 * step, columns: step))
        for _ in 0..<40 { tutor.press(.character("H")) }
        // The house is 64 pixels wide: the view never moves further than that from the window.
        #expect(tutor.player?.picture.pan == PictureOffset(rows: 2 * step, columns: -64))
        tutor.press(.character("K"))
        #expect(tutor.player?.picture.pan.rows == step)
        tutor.press(.character("z"))
        #expect(tutor.player?.picture.zoom == .fit)
        #expect(tutor.player?.picture.pan == PictureOffset(rows: 0, columns: 0))
    }

    @Test func theChoiceIsSavedOnlyWhenItDiffersFromTheLessonsOwn() {
        var tutor = Fixtures.playing("vertical-edges")
        #expect(tutor.state.currentProgress?.record.pictures == nil)
        tutor.press(.character("i"))
        #expect(tutor.state.currentProgress?.record.pictures == true)
        var house = Fixtures.playing("house-edges")
        house.press(.character("i"))
        #expect(house.state.currentProgress?.record.pictures == false)
        house.press(.character("i"))
        #expect(house.state.currentProgress?.record.pictures == nil)
    }

    @Test func reopeningALessonShowsItAsTheStudentLeftIt() {
        var tutor = Fixtures.menu()
        let index = tutor.state.menu.entries.firstIndex { $0.id == "vertical-edges" } ?? 0
        for _ in 0..<index { tutor.press(.down) }
        tutor.press(.enter, .character("i"), .character("q"))
        #expect(tutor.state.progress["vertical-edges"]?.pictures == true)
        tutor.press(.enter)
        if tutor.state.prompt != nil { tutor.press(.character("n")) }
        #expect(tutor.player?.lesson.id == "vertical-edges")
        #expect(tutor.player?.picture.isOn == true)
    }

    @Test func aSavedChoiceOutlivesTheSessionAndAnOlderRecordDoesNotOverrideIt() {
        let saved = LessonProgress(phase: 0, step: 0, completed: false, pictures: false)
        let state = TutorState(
            playing: Fixtures.lesson("house-edges"), menuLessons: Fixtures.lessons, size: TerminalSize(width: 80, height: 24),
            progress: ["house-edges": saved])
        #expect(state.player?.picture.isOn == false)
        let newer = LessonProgress(phase: 1, step: 2, completed: false, pictures: nil)
        #expect(newer.merged(over: saved).pictures == nil)
    }
}
