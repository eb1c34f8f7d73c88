import Testing

@testable import cnn_tutor

/// The quick start skips the argument parser, so it must read exactly what the parser would, and leave the rest
/// to it.
@Suite struct QuickLaunchTests {
    @Test(arguments: ["house-edges", "lessons/01-vertical-edges.yaml", "menu", "play", "my lesson.yaml"])
    func playWithOnlyALessonIsWhatTheParserMakesOfIt(lesson: String) throws {
        #expect(QuickLaunch(["play", lesson]) == .play(lesson: lesson))
        let play = try #require(try CNNTutor.parseAsRoot(["play", lesson]) as? PlayCommand)
        #expect(play.lesson == lesson)
        #expect(!play.practice && play.every == 1 && !play.plain && !play.noWait)
        #expect(!play.display.noColor && !play.display.ascii)
    }

    @Test func noArgumentsIsTheMenuTheParserDefaultsTo() throws {
        #expect(QuickLaunch([]) == .menu)
        let menu = try #require(try CNNTutor.parseAsRoot([]) as? MenuCommand)
        #expect(!menu.display.noColor && !menu.display.ascii)
    }

    @Test(arguments: [
        ["play"], ["play", "--plain", "house-edges"], ["play", "house-edges", "--practice"], ["play", "-h"],
        ["play", "--help"], ["play", "a", "b"], ["menu"], ["list"], ["--version"], ["--ascii"],
    ])
    func anythingElseGoesToTheParser(arguments: [String]) {
        #expect(QuickLaunch(arguments) == nil)
    }
}
