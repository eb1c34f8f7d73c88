import Foundation
import LessonExport
import LessonFiles
import LessonTestSupport
import LessonText
import Testing

/// Every built-in lesson's transcript in every format: well formed, and pure ASCII when asked.
@Suite struct BuiltinExportTests {
    @Test("every built-in lesson exports as text, markdown and JSON", arguments: BuiltinLessons.ids)
    func exportsInEveryFormat(_ id: String) throws {
        let lesson = try LessonTestSupport.builtin(id)
        for glyphs in [Glyphs.unicode, .ascii] {
            let transcript = Transcript(lesson: lesson, glyphs: glyphs)
            let text = transcript.render(.text)
            #expect(text.hasPrefix("cnn-tutor transcript: \(lesson.id)\n"))
            #expect(transcript.render(.markdown).hasPrefix("# "))
            if glyphs == .ascii {
                #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "ASCII transcript of \(lesson.id) has non-ASCII characters")
            }
        }
        let json = Transcript(lesson: lesson).render(.json)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == lesson.id)
    }
}
