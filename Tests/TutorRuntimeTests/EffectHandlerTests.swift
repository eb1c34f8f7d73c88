import LessonModel
import LessonText
import Testing
import TutorCore
import TutorRuntime

/// Effects that need the outside world go through the handlers, and their results come back into the tutor.
@Suite struct EffectHandlerTests {
    @Test func openingAFileAsksTheHandlerAndShowsItsError() throws {
        let world = RecordingWorld()
        world.lessonFiles["x.yaml"] = Fixtures.lesson("relu")
        let pilot = Pilot(TutorState(lessons: Fixtures.lessons, size: TerminalSize(width: 80, height: 24)), world: world)
        pilot.press(.character("o"))
        pilot.type("my.yaml")
        pilot.press(.enter)
        #expect(world.loadedPaths == ["my.yaml"])
        #expect(pilot.state.notice?.isError == true)
        #expect(pilot.player == nil)
        pilot.press(.character("o"))
        pilot.type("x.yaml")
        pilot.press(.enter)
        #expect(world.loadedPaths == ["my.yaml", "x.yaml"])
        #expect(pilot.player?.lesson.id == "relu")
    }

    @Test func exportOffersTheLessonIdAsDefaultAndNeverOverwritesSilently() throws {
        let world = RecordingWorld()
        world.exportOutcomes = [.exists("vertical-edges.txt"), .exists("vertical-edges.txt")]
        let state = TutorState(
            playing: Fixtures.lesson("vertical-edges"), menuLessons: Fixtures.lessons, size: TerminalSize(width: 80, height: 24))
        let pilot = Pilot(state, world: world)
        pilot.press(.character("e"))
        #expect(pilot.state.prompt?.text == "vertical-edges.txt")
        pilot.press(.enter)
        let lesson = Fixtures.lesson("vertical-edges")
        #expect(world.exports == [ExportRequest(lesson: lesson, path: "vertical-edges.txt", format: .text, overwrite: false)])
        #expect(pilot.state.prompt?.purpose == .confirmOverwrite(path: "vertical-edges.txt"))
        pilot.press(.character("n"))
        #expect(world.exports.count == 1)
        #expect(pilot.state.prompt == nil)
        pilot.press(.character("e"), .enter)
        #expect(world.exports.count == 2)
        pilot.press(.character("y"))
        #expect(world.exports.last == ExportRequest(lesson: lesson, path: "vertical-edges.txt", format: .text, overwrite: true))
        #expect(pilot.state.notice?.text.contains("vertical-edges.txt") == true)
        #expect(pilot.screen.contains("Transcript written to vertical-edges.txt."))
    }

    @Test func exportFormatFollowsTheExtensionAndTheTextCanBeEdited() throws {
        let pilot = Pilot.playing("relu")
        pilot.press(.character("e"))
        for _ in 0..<4 { pilot.press(.backspace) }
        pilot.type(".md")
        pilot.press(.enter)
        let request = try #require(pilot.world.exports.last)
        #expect(request.path == "relu.md")
        #expect(request.format == .markdown)
        #expect(ExportRequest.format(forPath: "a.json") == .json)
    }

    @Test func aFailedExportKeepsThePathTypedAndSaysWhy() {
        let world = RecordingWorld()
        world.exportOutcomes = [.failed("cannot write /nowhere/relu.txt: no such folder")]
        let pilot = Pilot(
            TutorState(playing: Fixtures.lesson("relu"), menuLessons: Fixtures.lessons, size: TerminalSize(width: 80, height: 24)),
            world: world)
        pilot.press(.character("e"))
        pilot.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        pilot.type("/nowhere/relu.txt")
        pilot.press(.enter)
        #expect(pilot.state.prompt?.text == "/nowhere/relu.txt")
        #expect(pilot.screen.contains("Export failed: cannot write /nowhere/relu.txt: no such folder"))
        #expect(pilot.screen.contains("Export transcript to: /nowhere/relu.txt_"))
        // Fixing the path clears the problem and shows the folder again.
        pilot.press(.backspace)
        #expect(!pilot.screen.contains("Export failed"))
        #expect(pilot.screen.contains("Goes to the folder /nowhere/"))
        pilot.type("t")
        pilot.press(.enter)
        #expect(world.exports.map(\.path) == ["/nowhere/relu.txt", "/nowhere/relu.txt"])
        #expect(pilot.state.prompt == nil)
    }

    @Test func theExportPromptExpandsTheHomeFolderAndShowsWhereTheFileGoes() {
        let world = RecordingWorld()
        var state = TutorState(playing: Fixtures.lesson("relu"), menuLessons: Fixtures.lessons, size: TerminalSize(width: 80, height: 24))
        state.paths = PathContext(home: "/home/ada", workingDirectory: "/work/course")
        let pilot = Pilot(state, world: world)
        pilot.press(.character("e"))
        #expect(pilot.screen.contains("Goes to the folder /work/course/"))
        for _ in 0..<8 { pilot.press(.backspace) }
        pilot.type("~/notes/relu.md")
        #expect(pilot.screen.contains("Goes to the folder /home/ada/notes/"))
        pilot.press(.enter)
        #expect(world.exports.last?.path == "/home/ada/notes/relu.md")
        #expect(world.exports.last?.format == .markdown)
    }

    @Test func leavingALessonSavesItsProgressAndSaveProblemsAreKept() {
        let world = RecordingWorld()
        let pilot = Pilot(TutorState(lessons: Fixtures.lessons, size: TerminalSize(width: 80, height: 24)), world: world)
        pilot.press(.down, .down, .enter, .right, .right, .character("q"))
        #expect(world.saves.map(\.id) == ["vertical-edges"])
        // Steps 1 to 3 were shown.
        #expect(world.saves.first?.record == LessonProgress(phase: 0, step: 2, completed: false, shownSteps: 3))
        #expect(pilot.ending == nil)
        world.savingFails = true
        pilot.press(.enter)
        #expect(pilot.state.prompt?.purpose == .resume(phase: 0, step: 2))
        pilot.press(.character("y"), .character("q"))
        #expect(pilot.runtime.saveProblems == ["could not save progress for vertical-edges: disk full"])
        #expect(pilot.player == nil)
    }

    @Test func aMenuDrawnBeforeItsLessonsAreParsedIsFilledInAfterTheFirstFrame() throws {
        let entries = Fixtures.lessons.map { MenuState.Entry(id: $0.id, title: $0.title) }
        let pilot = Pilot(TutorState(menu: MenuState(entries: entries), size: TerminalSize(width: 80, height: 24)))
        #expect(pilot.world.menuParses == 1)
        #expect(pilot.terminal.frames.count == 2)
        let first = pilot.terminal.frames[0].joined(separator: "\n"), second = pilot.terminal.frames[1].joined(separator: "\n")
        #expect(first.contains("Vertical edges") && !first.contains("conv2d · 6×6 ⊛ 3×3"))
        #expect(second.contains("conv2d · 6×6 ⊛ 3×3"))
        #expect(!pilot.state.menu.isWaitingForLessons)
    }
}
