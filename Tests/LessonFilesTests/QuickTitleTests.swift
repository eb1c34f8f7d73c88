import LessonModel
import LessonText
import Testing
import Yams

@testable import LessonFiles

/// The menu's first frame shows ids and titles read without parsing; they must be the parsed ones.
@Suite struct QuickTitleTests {
    /// The order prefix (digits and a dash) and `.yaml` go; anything else stays.
    @Test func anIdIsTheFileNameWithoutOrderPrefixOrExtension() {
        let names = ["03-vertical-edges.yaml", "10-a-b.yaml", "notes.yaml", "x1-y.yaml", "12-größe.yaml", "07-readme.yml"]
        #expect(names.map(BuiltinLessons.id(fromFileName:)) == ["vertical-edges", "a-b", "notes", "x1-y", "größe", "readme.yml"])
    }

    @Test func everyBuiltInQuickTitleEqualsItsParsedTitle() throws {
        for entry in BuiltinLessons.entries {
            let lesson = try #require(try? BuiltinLessons.lesson(id: entry.id)?.get())
            #expect(entry.quickTitle == lesson.title, "\(entry.fileName)")
        }
    }

    /// Titles a lesson may write, plain and quoted with their escapes; each must read as YAML reads it.
    @Test(arguments: [
        #"title: Edges of a picture"#,
        #"title:    Padding, then stride"#,
        #"title: "Say \"hi\" to C:\\ (a back\\slash)""#,
        #"title: 'It''s a filter''s ''view'''"#,
        #"title: "Größe × Schritt — ünïcode""#,
        #"title: 'é'"#,
        #"title: """#,
    ])
    func quickTitleReadsAsYAMLReadsIt(line: String) throws {
        let entry = BuiltinLessons.Entry(fileName: "00-sample.yaml", id: "sample", text: "id: sample\n\(line)\nop: relu\n")
        let parsed = try #require(try Yams.load(yaml: line) as? [String: String])
        #expect(entry.quickTitle == parsed["title"])
    }

    @Test func aFileWithoutATitleLineGivesItsId() {
        let entry = BuiltinLessons.Entry(fileName: "00-sample.yaml", id: "sample", text: "id: sample\n  title: nested\nop: relu")
        #expect(entry.quickTitle == "sample")
    }
}
