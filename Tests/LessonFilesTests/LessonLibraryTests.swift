import LessonFiles
import LessonModel
import Testing

/// `LessonLibrary` loads by path (through its injected reader) or built-in id, and suggests close ids.
@Suite("Lesson library")
struct LessonLibraryTests {
    /// A library that sees no files at all.
    private let builtinsOnly = LessonLibrary { _ in nil }

    /// A small valid lesson.
    private static let fileLesson = """
        id: from-a-file
        title: From a file
        op: relu
        input: "1 -2"
        """

    /// Why a file cannot be read.
    struct Unreadable: Error, CustomStringConvertible {
        var description: String { "permission denied" }
    }

    @Test("a built-in id loads that built-in lesson")
    func loadsBuiltinByID() throws {
        let lesson = try builtinsOnly.load("vertical-edges").get()
        #expect(lesson.id == "vertical-edges")
        #expect(lesson.sourceName == "lessons/03-vertical-edges.yaml")
    }

    @Test("a path the reader knows is loaded from that text, with the path in its diagnostics")
    func loadsFromPath() throws {
        let library = LessonLibrary { path in path == "/home/me/mine.yaml" ? Self.fileLesson : nil }
        let lesson = try library.load("/home/me/mine.yaml").get()
        #expect(lesson.id == "from-a-file")
        #expect(lesson.sourceName == "/home/me/mine.yaml")
    }

    @Test("a file wins over a built-in with the same name")
    func fileShadowsBuiltin() throws {
        let library = LessonLibrary { path in path == "relu" ? Self.fileLesson : nil }
        #expect(try library.load("relu").get().id == "from-a-file")
    }

    @Test("an invalid file gives its diagnostics with the path")
    func invalidFile() {
        let library = LessonLibrary { _ in "id: x\ntitle: T\nop: relu\n" }
        guard case .failure(.invalid(let errors)) = library.load("bad.yaml") else {
            Issue.record("expected .invalid")
            return
        }
        #expect(
            errors.description == "bad.yaml:1:1: error: missing `input`\n  hint: write the input matrix as rows of numbers under `input: |`"
        )
    }

    @Test("a file that exists but cannot be read reports the reader's reason")
    func unreadableFile() {
        let library = LessonLibrary { _ in throw Unreadable() }
        guard case .failure(let error) = library.load("locked.yaml") else {
            Issue.record("expected a failure")
            return
        }
        #expect(error == .unreadable(path: "locked.yaml", reason: "permission denied"))
        #expect(
            LessonLoadError.unreadable(path: "locked.yaml", reason: "permission denied").description
                == "locked.yaml: error: cannot read the file: permission denied")
    }

    @Test(
        "an unknown name close to a built-in id suggests it",
        arguments: [
            ("vertical-edge", ["vertical-edges"]),
            ("vertcal-edges", ["vertical-edges"]),
            ("pool", ["max-pooling", "average-pooling"]),
            ("backwards", ["backward"]),
        ])
    func suggestions(_ argument: String, _ expected: [String]) throws {
        guard case .failure(.unknown(let name, let suggestions)) = builtinsOnly.load(argument) else {
            Issue.record("expected .unknown for \(argument)")
            return
        }
        #expect(name == argument)
        for id in expected { #expect(suggestions.contains(id), "\(argument) → \(suggestions)") }
        #expect(suggestions.count <= 5)
        #expect(LessonLoadError.unknown(argument: name, suggestions: suggestions).description.contains("did you mean: "))
    }

    @Test(
        "a missing file suggests the lesson files of its folder whose names are closest",
        arguments: [
            ("a.yml", ["a.yaml"]), ("a", ["a.yaml"]), ("b.yaml", ["b.yml"]), ("lessons/egdes.yaml", ["lessons/edges.yaml"]),
            ("lessons/edge.yaml", ["lessons/edges.yaml"]), ("notes.yaml", []), ("zzzzzz.yaml", []),
        ])
    func fileSuggestions(_ argument: String, _ expected: [String]) {
        let folders = [".": ["a.yaml", "b.yml", "c.yaml", "notes.txt", "lessons"], "lessons/": ["edges.yaml", "edges.txt", "pool.yaml"]]
        let library = LessonLibrary(readFile: { _ in nil }, listFolder: { folders[$0] })
        #expect(library.fileSuggestions(for: argument) == expected)
        guard case .failure(.unknown(_, let suggestions)) = library.load(argument) else {
            Issue.record("expected .unknown for \(argument)")
            return
        }
        #expect(Array(suggestions.prefix(expected.count)) == expected)
    }

    @Test("an unknown name like nothing built in points to `cnn-tutor list`")
    func noSuggestion() {
        #expect(LessonLibrary.suggestions(for: "zzzzzzzzzzzz").isEmpty)
        #expect(
            LessonLoadError.unknown(argument: "zzzzzzzzzzzz", suggestions: []).description
                == "cnn-tutor: no lesson file or built-in lesson named `zzzzzzzzzzzz`\n  hint: run `cnn-tutor list` to see the built-in lessons"
        )
    }
}
