import LessonFiles
import LessonModel
import LessonText
import Testing

/// The menu's first frame shows titles read without parsing; they must be the parsed titles.
@Suite struct QuickTitleTests {
    @Test func everyBuiltInQuickTitleEqualsItsParsedTitle() throws {
        for entry in BuiltinLessons.entries {
            let lesson = try #require(try? BuiltinLessons.lesson(id: entry.id)?.get())
            #expect(entry.quickTitle == lesson.title, "\(entry.fileName)")
        }
    }
}
