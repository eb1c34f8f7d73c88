import LessonFiles
import LessonModel
import LessonPractice
import LessonText
import Testing
import TutorCore

/// The menu, searching and the help overlay.
@Suite struct MenuAndPromptTests {
    @Test func typingALessonsNumberSelectsIt() throws {
        // Numbers are those the menu shows (its order, from 1): a menu of 14 lessons.
        let lessons = Array(Fixtures.lessons.prefix(14))
        #expect(lessons.count == 14)
        var tutor = UpdateDriver(TutorState(lessons: lessons, size: TerminalSize(width: 80, height: 24)))
        tutor.type("12")
        #expect(tutor.state.menu.selected?.id == lessons[11].id)
        tutor.type("5")  // 125 is no lesson: 5 starts a new number
        #expect(tutor.state.menu.selected?.id == lessons[4].id)
        tutor.type("0")  // 50 is no lesson and 0 is none either: nothing moves
        #expect(tutor.state.menu.selected?.id == lessons[4].id)
        tutor.type("1")
        tutor.press(.character("j"))
        tutor.type("1")  // another key came between: 1, not 11
        #expect(tutor.state.menu.selected?.id == lessons[0].id)
        tutor.press(.character("/"))
        tutor.type(String(lessons[6].id.prefix(4)))
        tutor.press(.enter)
        tutor.press(.character("q"))
        tutor.type("2")  // the search is cleared, so lesson 2 is in the list
        #expect(tutor.state.menu.query.isEmpty)
        #expect(tutor.state.menu.selected?.id == lessons[1].id)
        tutor.press(.enter)
        #expect(tutor.player?.lesson.id == lessons[1].id)
    }

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

    @Test func theEndAndPageDownStopAtTheLastFullPage() throws {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("v"), .character("G"))
        let view = try #require(tutor.state.codeView)
        // 80×24: the frame leaves 22 lines, so the last page starts 22 lines before the end.
        #expect(view.top == view.lines.count - 22)
        tutor.press(.pageDown, .pageDown, .character("j"), .end)
        #expect(tutor.state.codeView?.top == view.lines.count - 22)
        tutor.press(.home)
        for _ in 0..<100 { tutor.press(.pageDown) }
        #expect(tutor.state.codeView?.top == view.lines.count - 22)
    }

    @Test func longLinesScrollSideways() throws {
        var tutor = Fixtures.playing("vertical-edges")
        tutor.press(.character("v"))
        let widest = try #require(tutor.state.codeView?.lines.map(\.count).max())
        #expect(widest > 77)
        tutor.press(.right)
        #expect(tutor.state.codeView?.left == 8)
        for _ in 0..<50 { tutor.press(.character("l")) }
        #expect(tutor.state.codeView?.left == widest - 77)
        tutor.press(.left, .character("h"))
        #expect(tutor.state.codeView?.left == widest - 77 - 16)
        tutor.press(.character("v"))
        #expect(tutor.state.codeView?.left == 0)
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

/// Typed paths read as a shell reads them.
@Suite struct PathContextTests {
    let paths = PathContext(home: "/home/ada/", workingDirectory: "/work/course")

    @Test func theHomeFolderIsExpandedOnlyAtTheStart() {
        #expect(paths.expand("~") == "/home/ada")
        #expect(paths.expand("~/x.txt") == "/home/ada/x.txt")
        #expect(paths.expand("a/~/x.txt") == "a/~/x.txt")
        #expect(paths.expand("~bob/x") == "~bob/x")
        #expect(PathContext.unknown.expand("~/x") == "~/x")
    }

    @Test func theFolderIsAbsoluteAndResolved() {
        #expect(paths.folder(of: "x.txt") == "/work/course/")
        #expect(paths.folder(of: "../out/./x.txt") == "/work/out/")
        #expect(paths.folder(of: "~/notes/x.md") == "/home/ada/notes/")
        #expect(paths.folder(of: "/tmp/") == "/tmp/")
        #expect(PathContext.unknown.folder(of: "x.txt") == nil)
        #expect(PathContext.unknown.folder(of: "/a/b") == "/a/")
    }
}
