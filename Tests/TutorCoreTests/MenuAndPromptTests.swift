import LessonFiles
import LessonModel
import LessonPractice
import LessonText
import Testing
import TutorCore

/// The menu, searching, opening files and exporting.
@Suite struct MenuAndPromptTests {
    @Test func menuMovesAndOpensTheSelectedLesson() throws {
        var runtime = Fixtures.menu()
        runtime.press(.down, .character("j"))
        #expect(runtime.state.menu.selected?.id == Fixtures.lessons[2].id)
        runtime.press(.character("k"))
        runtime.press(.enter)
        #expect(runtime.player?.lesson.id == Fixtures.lessons[1].id)
        runtime.press(.character("q"))
        #expect(runtime.player == nil)
        #expect(!runtime.quit)
        #expect(runtime.state.menu.selected?.id == Fixtures.lessons[1].id)
        runtime.press(.character("q"))
        #expect(runtime.quit)
    }

    @Test func searchFiltersByEveryTypedWord() throws {
        var runtime = Fixtures.menu()
        runtime.press(.character("/"))
        runtime.type("pool")
        #expect(runtime.state.menu.visible.map(\.id) == ["max-pooling", "average-pooling", "conv-relu-pool"])
        runtime.type(" avg")
        #expect(runtime.state.menu.visible.map(\.id) == ["average-pooling"])
        runtime.press(.enter)
        #expect(runtime.player?.lesson.id == "average-pooling")
    }

    @Test func escapeClearsTheSearchAndEmptyResultsSayNothingMatches() throws {
        var runtime = Fixtures.menu()
        runtime.press(.character("/"))
        runtime.type("zzz")
        #expect(runtime.state.menu.visible.isEmpty)
        runtime.press(.enter)
        #expect(runtime.player == nil)
        #expect(runtime.state.notice?.isError == true)
        runtime.press(.character("/"))
        runtime.press(.escape)
        #expect(runtime.state.menu.query.isEmpty)
        #expect(runtime.state.menu.visible.count == Fixtures.lessons.count)
    }

    @Test func openingAFileAsksTheRuntimeAndShowsItsError() throws {
        var runtime = Fixtures.menu()
        runtime.press(.character("o"))
        runtime.type("my.yaml")
        runtime.press(.enter)
        #expect(runtime.effects == [.loadLesson(path: "my.yaml")])
        runtime.send(.lessonLoaded(path: "my.yaml", .failure(LessonLoadFailure("cnn-tutor: no lesson file or built-in lesson named `my.yaml`"))))
        #expect(runtime.state.notice?.isError == true)
        #expect(runtime.player == nil)
        runtime.send(.lessonLoaded(path: "x.yaml", .success(Fixtures.lesson("relu"))))
        #expect(runtime.player?.lesson.id == "relu")
    }

    @Test func exportOffersTheLessonIdAsDefaultAndNeverOverwritesSilently() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("e"))
        #expect(runtime.state.prompt?.text == "vertical-edges.txt")
        runtime.press(.enter)
        let lesson = Fixtures.lesson("vertical-edges")
        #expect(runtime.effects == [.exportTranscript(ExportRequest(lesson: lesson, path: "vertical-edges.txt", format: .text, overwrite: false))])
        runtime.send(.exportFinished(.exists("vertical-edges.txt")))
        #expect(runtime.state.prompt?.purpose == .confirmOverwrite(path: "vertical-edges.txt"))
        runtime.press(.character("n"))
        #expect(runtime.effects.count == 1)
        #expect(runtime.state.prompt == nil)
        runtime.press(.character("e"), .enter)
        runtime.send(.exportFinished(.exists("vertical-edges.txt")))
        runtime.press(.character("y"))
        #expect(runtime.effects.last == .exportTranscript(ExportRequest(lesson: lesson, path: "vertical-edges.txt", format: .text, overwrite: true)))
        runtime.send(.exportFinished(.written("vertical-edges.txt")))
        #expect(runtime.state.notice?.text.contains("vertical-edges.txt") == true)
    }

    @Test func exportFormatFollowsTheExtensionAndTheTextCanBeEdited() throws {
        var runtime = Fixtures.playing("relu")
        runtime.press(.character("e"))
        for _ in 0..<4 { runtime.press(.backspace) }
        runtime.type(".md")
        runtime.press(.enter)
        guard case .exportTranscript(let request) = runtime.effects.last else {
            Issue.record("no export effect")
            return
        }
        #expect(request.path == "relu.md")
        #expect(request.format == .markdown)
        #expect(ExportRequest.format(forPath: "a.json") == .json)
    }

    @Test func qOnTheMenuHelpClosesItAndDoesNotQuit() {
        // Regression: q on the menu's help quit the tutor although the help says any key closes it.
        var runtime = Fixtures.menu()
        runtime.press(.character("?"), .character("q"))
        #expect(!runtime.state.showingHelp)
        #expect(!runtime.quit)
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        var runtime = Fixtures.playing("relu")
        runtime.press(.character("?"))
        #expect(runtime.state.showingHelp)
        runtime.press(.character("x"))
        #expect(!runtime.state.showingHelp)
        #expect(!runtime.quit)
    }
}

/// The code view overlay in the player.
@Suite struct CodeViewTests {
    @Test func vOpensTheNumPyProgramScrollsTogglesAndCloses() throws {
        var runtime = Fixtures.playing("vertical-edges")
        runtime.press(.character("v"))
        let view = try #require(runtime.state.codeView)
        #expect(view.framework == .numpy)
        #expect(view.lines.contains { $0.contains("import numpy") })
        runtime.press(.character("j"), .character("j"))
        #expect(runtime.state.codeView?.top == 2)
        runtime.press(.character("v"))
        #expect(runtime.state.codeView?.framework == .pytorch)
        #expect(runtime.state.codeView?.top == 0)
        runtime.press(.character("q"))
        #expect(runtime.state.codeView == nil)
        #expect(!runtime.quit)
        #expect(runtime.player?.lesson.id == "vertical-edges")
    }
}

/// A menu drawn before its lessons are parsed, filled in when they arrive.
@Suite struct DeferredMenuTests {
    @Test func entriesGainKindAndSizeWhenLessonsArrive() throws {
        let entries = Fixtures.lessons.map { MenuState.Entry(id: $0.id, title: $0.title) }
        var runtime = ScriptedRuntime(TutorState(menu: MenuState(entries: entries), size: TerminalSize(width: 80, height: 24)))
        #expect(runtime.state.menu.isWaitingForLessons)
        #expect(runtime.state.menu.entries[2].kind.isEmpty)
        runtime.send(.lessonsParsed(Fixtures.lessons))
        #expect(!runtime.state.menu.isWaitingForLessons)
        #expect(runtime.state.menu.entries[2].kind == "conv2d")
        #expect(runtime.state.menu.entries[2].size == "6×6 ⊛ 3×3")
        runtime.press(.down, .down, .enter)
        #expect(runtime.player?.lesson.id == "vertical-edges")
    }
}
