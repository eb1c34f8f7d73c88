import Foundation
import LessonFiles
import LessonModel
import LessonTestSupport
import LessonText
import TestSupport
import Testing

/// Every lesson in `lessons/*.yaml` parses, holds its answer key, is named after its id and exports.
@Suite("Built-in lessons")
struct BuiltinLessonTests {
    /// The built-in file names, in teaching order.
    static let fileNames = BuiltinLessons.entries.map(\.fileName)

    private func entry(_ fileName: String) throws -> BuiltinLessons.Entry {
        try #require(BuiltinLessons.entries.first { $0.fileName == fileName })
    }

    @Test("every lessons/*.yaml file is built in, in file-name order, with a unique id")
    func everyFileIsBuiltInWithAUniqueID() throws {
        let folder = packageRoot.appendingPathComponent("lessons")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(BuiltinLessons.entries.map(\.fileName) == files)
        #expect(files.count >= 17)
        let ids = BuiltinLessons.entries.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(BuiltinLessons.all().map(\.id) == ids)
    }

    @Test("every built-in lesson parses without diagnostics", arguments: fileNames)
    func parses(_ fileName: String) throws {
        let entry = try entry(fileName)
        let result = LessonParser.parse(text: entry.text, file: "lessons/\(fileName)")
        if case .failure(let errors) = result { Issue.record("\(errors)") }
        #expect((try? result.get()) != nil)
    }

    @Test("the id in the file name (NN-id.yaml) equals the lesson's `id:`", arguments: fileNames)
    func fileNameMatchesID(_ fileName: String) throws {
        let entry = try entry(fileName)
        #expect(fileName.range(of: #"^[0-9]{2}-[a-z0-9-]+\.yaml$"#, options: .regularExpression) != nil)
        let lesson = try LessonTestSupport.builtin(entry.id)
        #expect(lesson.id == entry.id)
        #expect(fileName == "\(fileName.prefix(2))-\(lesson.id).yaml")
    }

    @Test("every built-in answer key verifies against the engine", arguments: fileNames)
    func answerKeyVerifies(_ fileName: String) throws {
        let lesson = try LessonTestSupport.builtin(try entry(fileName).id)
        let mismatches = AnswerKey.verify(lesson)
        #expect(mismatches.isEmpty, "\(mismatches.map { $0.diagnostic(file: fileName, glyphs: .unicode).description })")
    }

    @Test("only image-as-matrix and the architecture tables come without an answer key")
    func onlyTablesAndTheImageLackAnAnswerKey() throws {
        // image-as-matrix teaches without an answer key, and an architecture table has none (its numbers are checked
        // against PyTorch by the code-view tests); all others have one.
        let withoutKey = BuiltinLessons.all().filter(\.expected.isEmpty).map(\.id)
        #expect(withoutKey == ["image-as-matrix", "toy-convnet", "modern-blocks"])
    }
}
