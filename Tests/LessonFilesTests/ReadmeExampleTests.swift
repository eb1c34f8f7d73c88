import Foundation
import LessonFiles
import LessonModel
import TestSupport
import Testing

/// Every complete lesson in lessons/README.md (a yaml block starting with `id:`) parses and verifies.
@Suite("lessons/README.md examples")
struct ReadmeExampleTests {
    /// The README's path: examples are parsed as if written there, so `image:` paths resolve in `lessons/`.
    static let readmePath = packageRoot.appendingPathComponent("lessons/README.md").path

    /// The complete lessons of the README, in order.
    static func examples() throws -> [String] {
        let readme = try String(contentsOfFile: readmePath, encoding: .utf8)
        return readme.components(separatedBy: "```yaml\n").dropFirst()
            .compactMap { $0.components(separatedBy: "```").first }
            .filter { $0.hasPrefix("id:") }
    }

    @Test("the README has one example of each lesson kind")
    func coversEveryKind() throws {
        let kinds = try Self.examples().compactMap { try? LessonParser.parse(text: $0, file: Self.readmePath).get().kind }
        for kind in [
            "image", "conv2d", "conv2d → relu → maxpool2d", "maxpool2d + backward", "conv2d + backward", "architecture",
        ] {
            #expect(kinds.contains(kind), "no \(kind) example")
        }
        #expect(try Self.examples().count >= 8)
    }

    @Test("every README example parses and its answer key verifies")
    func examplesHold() throws {
        for example in try Self.examples() {
            switch LessonParser.parse(text: example, file: Self.readmePath) {
            case .failure(let errors):
                Issue.record("README example does not parse:\n\(errors)\n\(example)")
            case .success(let lesson):
                #expect(AnswerKey.verify(lesson).isEmpty, "\(lesson.id)")
                #expect(
                    lesson.id == "tiny-image" || lesson.id == "small-convnet" || !lesson.expected.isEmpty, "\(lesson.id) has no answer key")
            }
        }
    }

    @Test("README examples use ids that no built-in lesson uses")
    func idsDoNotShadowBuiltins() throws {
        let ids = try Self.examples().compactMap { try? LessonParser.parse(text: $0, file: Self.readmePath).get().id }
        #expect(Set(ids).isDisjoint(with: BuiltinLessons.ids))
        #expect(Set(ids).count == ids.count)
    }
}
