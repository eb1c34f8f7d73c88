import CNNEngine
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
                    ["tiny-image", "small-convnet", "readme-modern-layers"].contains(lesson.id) || !lesson.expected.isEmpty,
                    "\(lesson.id) has no answer key")
            }
        }
    }

    @Test("the architecture example's numbers are the ones its comments give (and PyTorch measures)")
    func modernLayersExample() throws {
        let example = try #require(try Self.examples().first { $0.hasPrefix("id: readme-modern-layers") })
        let lesson = try LessonParser.parse(text: example, file: Self.readmePath).get()
        guard case .architecture(let stack) = lesson.stages[0] else {
            Issue.record("not an architecture lesson")
            return
        }
        let rows = try stack.rows()
        #expect(rows.map(\.shape) == [[16, 16, 8], [16, 16, 8], [16, 16, 16], [16, 16, 16], [9, 9, 16], [18, 18, 8], [18, 18, 8]])
        #expect(rows.map(\.parameters) == [0, 80, 144, 0, 0, 264, 0])
        #expect(rows.map(\.multiplyAdds) == [0, 18_432, 32_768, 0, 0, 20_736, 0])
        #expect(rows[1].receptiveField == Pair(5))
    }

    @Test("README examples use ids that no built-in lesson uses")
    func idsDoNotShadowBuiltins() throws {
        let ids = try Self.examples().compactMap { try? LessonParser.parse(text: $0, file: Self.readmePath).get().id }
        #expect(Set(ids).isDisjoint(with: BuiltinLessons.ids))
        #expect(Set(ids).count == ids.count)
    }
}
