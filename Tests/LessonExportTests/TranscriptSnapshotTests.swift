import LessonExport
import LessonFiles
import LessonModel
import LessonTestSupport
import LessonText
import SnapshotTesting
import Testing

/// Text transcripts of representative lessons match hand-checked snapshots, and rendering is deterministic.
@Suite("Text transcripts")
struct TranscriptSnapshotTests {
    @Test(
        "the text transcript matches its recorded snapshot",
        arguments: [
            "vertical-edges", "padding-one-symbolic", "multichannel-one-filter", "max-pooling", "backward-stride-two",
            "toy-convnet", "modern-blocks",
        ])
    func textTranscript(_ id: String) throws {
        let text = Transcript(lesson: try LessonTestSupport.builtin(id)).render(.text)
        assertSnapshot(of: text, as: .lines, named: id)
    }

    @Test("the ASCII transcript matches its recorded snapshot and holds only ASCII")
    func asciiTranscript() throws {
        let text = Transcript(lesson: try LessonTestSupport.builtin("backward"), glyphs: .ascii).render(.text)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        assertSnapshot(of: text, as: .lines, named: "backward-ascii")
    }

    @Test("rendering a lesson twice gives identical bytes in every format", arguments: BuiltinLessons.ids)
    func deterministic(_ id: String) throws {
        let lesson = try LessonTestSupport.builtin(id)
        for format in TranscriptFormat.allCases {
            let first = Transcript(lesson: lesson).render(format)
            let again = Transcript(lesson: try LessonTestSupport.builtin(id)).render(format)
            #expect(Array(first.utf8) == Array(again.utf8), "\(id) \(format)")
        }
    }

    @Test("vertical-edges shows the first sum and the finished output as computed by hand")
    func verticalEdgesByHand() throws {
        let text = Transcript(lesson: try LessonTestSupport.builtin("vertical-edges")).render(.text)
        // Z₁,₁ = 3 + 1 + 2 − (1 + 8 + 2) = −5
        #expect(text.contains("  Z₁,₁ = 3×1 + 0×0 + 1×(−1) + 1×1 + 5×0 + 8×(−1) + 2×1 + 7×0 + 2×(−1)\n       = −5\n"))
        // The last fill-in is the whole output, the lecture's 4×4 result.
        let rows = [" −5   −4    0    8", "−10   −2    2    3", "  0   −2   −4   −7", " −3   −2   −3  −16"]
        #expect(text.hasSuffix("    Z so far:\n" + rows.map { "      " + $0 + "\n" }.joined()))
    }
}
