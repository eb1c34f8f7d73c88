import LessonFiles
import LessonModel
import LessonPractice
import LessonText
import Testing
import TutorCore

/// The menu, searching and the help overlay.
@Suite struct MenuAndPromptTests {
    @Test func menuMovesAndOpensTheSelectedLesson() throws {
        var tutor = Fixtures.menu()
        tutor.press(.down, .character("j"))
        #expect(tutor.state.menu.selected?.id == Fixtures.menuLessonIDs[2])
        tutor.press(.character("k"))
        tutor.press(.enter)
        #expect(tutor.player?.lesson.id == Fixtures.menuLessonIDs[1])
        tutor.press(.character("q"))
        #expect(tutor.player == nil)
        #expect(!tutor.quit)
        #expect(tutor.state.menu.selected?.id == Fixtures.menuLessonIDs[1])
        tutor.press(.character("q"))
        #expect(tutor.quit)
    }

    @Test func searchFiltersByEveryTypedWord() throws {
        var tutor = Fixtures.menu()
        tutor.press(.character("/"))
        tutor.type("pool")
        #expect(tutor.state.menu.visible.map(\.id) == ["max-pooling", "average-pooling", "conv-relu-pool"])
        tutor.type(" avg")
        #expect(tutor.state.menu.visible.map(\.id) == ["average-pooling"])
        tutor.press(.enter)
        #expect(tutor.player?.lesson.id == "average-pooling")
    }

    @Test func escapeClearsTheSearchAndEmptyResultsSayNothingMatches() throws {
        var tutor = Fixtures.menu()
        tutor.press(.character("/"))
        tutor.type("zzz")
        #expect(tutor.state.menu.visible.isEmpty)
        tutor.press(.enter)
        #expect(tutor.player == nil)
        #expect(tutor.state.notice?.isError == true)
        tutor.press(.character("/"))
        tutor.press(.escape)
        #expect(tutor.state.menu.query.isEmpty)
        #expect(tutor.state.menu.visible.count == Fixtures.menuLessonIDs.count)
    }

    @Test func qOnTheMenuHelpClosesItAndDoesNotQuit() {
        // Regression: q on the menu's help quit the tutor although the help says any key closes it.
        var tutor = Fixtures.menu()
        tutor.press(.character("?"), .character("q"))
        #expect(!tutor.state.showingHelp)
        #expect(!tutor.quit)
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        var tutor = Fixtures.playing("relu")
        tutor.press(.character("?"))
        #expect(tutor.state.showingHelp)
        tutor.press(.character("x"))
        #expect(!tutor.state.showingHelp)
        #expect(!tutor.quit)
    }
}

/// The code view overlay in the player.
@Suite struct CodeViewTests {
    @Test func vOpensTheNumPyProgramScrollsTogglesAndCloses() throws {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("v"))
        let view = try #require(tutor.state.codeView)
        #expect(view.framework == .numpy)
        #expect(view.lines.contains { $0.contains("import numpy") })
        tutor.press(.character("j"), .character("j"))
        #expect(tutor.state.codeView?.top == 2)
        tutor.press(.character("v"))
        #expect(tutor.state.codeView?.framework == .pytorch)
        #expect(tutor.state.codeView?.top == 0)
        tutor.press(.character("q"))
        #expect(tutor.state.codeView == nil)
        #expect(!tutor.quit)
        #expect(tutor.player?.lesson.id == "vertical-edges")
    }
}

/// A menu drawn before its lessons are parsed, filled in when they arrive.
@Suite struct DeferredMenuTests {
    @Test func entriesGainKindAndSizeWhenLessonsArrive() throws {
        let entries = Fixtures.lessons.map { MenuState.Entry(id: $0.id, title: $0.title) }
        var tutor = UpdateDriver(TutorState(menu: MenuState(entries: entries), size: TerminalSize(width: 80, height: 24)))
        #expect(tutor.state.menu.isWaitingForLessons)
        #expect(tutor.state.menu.entries[2].kind.isEmpty)
        tutor.send(.lessonsParsed(Fixtures.lessons))
        #expect(!tutor.state.menu.isWaitingForLessons)
        #expect(tutor.state.menu.entries[2].kind == "conv2d")
        #expect(tutor.state.menu.entries[2].size == "6×6 ⊛ 3×3")
        tutor.press(.down, .down, .enter)
        #expect(tutor.player?.lesson.id == "vertical-edges")
    }
}
