import LessonModel
import LessonTestSupport
import LessonText
import Testing

/// Text that is nothing like a lesson gives diagnostics, never a crash.
@Suite("Parser robustness")
struct GarbageInputTests {
    @Test("control characters and binary-looking bytes are rejected with a diagnostic")
    func binaryText() {
        let text = String(decoding: (0..<512).map { UInt8(($0 * 37 + 11) % 256) }, as: UTF8.self)
        let diagnostics = LessonTestSupport.diagnostics(text)
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.file == LessonTestSupport.fileName && $0.location.line >= 1 })
    }

    @Test("a NUL byte inside an otherwise good lesson is rejected")
    func nulByte() {
        let diagnostics = LessonTestSupport.diagnostics("id: x\ntitle: T\u{0}\nop: relu\ninput: \"1 2\"\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("cannot read the file") == true)
    }

    @Test("lists nested 10,000 deep are a syntax error (libyaml's nesting limit), not a stack overflow")
    func deeplyNestedLists() throws {
        let depth = 10_000
        let text = "id: x\ntitle: T\nop: relu\ninput: " + String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        let diagnostic = try LessonTestSupport.onlyDiagnostic(text)
        #expect(diagnostic.message.hasPrefix("YAML syntax: "))
        #expect(diagnostic.message.contains("nesting"))
    }

    @Test("lists nested 500 deep parse as YAML and are rejected for their rank")
    func nestedListsOfHighRank() throws {
        let depth = 500
        let text = "id: x\ntitle: T\nop: relu\ninput: " + String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        let diagnostic = try LessonTestSupport.onlyDiagnostic(text)
        #expect(diagnostic.location == position(4, 8))
        #expect(diagnostic.message == "input has 500 dimension(s) but must have 1…3")
    }

    @Test("a single 10,000-character line is a plain value, not a lesson")
    func longLine() throws {
        let diagnostic = try LessonTestSupport.onlyDiagnostic(String(repeating: "x", count: 10_000))
        #expect(diagnostic.message == "the lesson must be a mapping of `key: value` lines")
    }

    @Test("a 10,000-character title still parses")
    func longTitle() throws {
        let lesson = try LessonTestSupport.lesson("id: x\ntitle: \(String(repeating: "ab ", count: 3_334))\nop: relu\ninput: \"1 -2\"\n")
        #expect(lesson.title.count == 10_001)
    }

    @Test(
        "assorted malformed snippets each give at least one diagnostic",
        arguments: [
            "id: x\ntitle: [unclosed\n", ": : :\n", "{}", "[]", "id: {a: 1}\ntitle: T\nop: relu\ninput: 1\n",
            "id: x\ntitle: T\nop: conv2d\ninput: {a: 1}\nfilters: [[]]\n", "&a [*a]\n", "id: x\ntitle: T\nop: relu\ninput: [[], []]\n",
            "id: x\ntitle: T\nop: architecture\ninput_shape: [0, -1]\nlayers: 5\n", "\u{FEFF}\u{202E}id: x\n", "op: then\nthen: [1, [2]]\n",
        ])
    func malformedSnippets(_ text: String) {
        let diagnostics = LessonTestSupport.diagnostics(text)
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.map(\.location) == diagnostics.map(\.location).sorted())
    }
}
