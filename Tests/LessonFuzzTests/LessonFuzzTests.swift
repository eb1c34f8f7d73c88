import LessonFiles
import LessonModel
import Testing

/// Thousands of damaged lesson files: the parser never traps or hangs, and every rejection is a
/// `file:line:column: error:` diagnostic pointing inside the file.
@Suite struct LessonFuzzTests {
    static let rounds = 300

    @Test(arguments: BuiltinLessons.entries.map(\.fileName))
    func damagedVariantsAreRejectedWithPositionsOrAccepted(fileName: String) throws {
        let entry = try #require(BuiltinLessons.entries.first { $0.fileName == fileName })
        var mutator = LessonMutator(seed: UInt64(fileName.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        for round in 0..<Self.rounds {
            var text = entry.text
            for _ in 0...mutator.next(4) { text = mutator.mutate(text) }
            check(text, label: "\(fileName) round \(round)")
        }
    }

    @Test func garbageAndExtremesAreRejectedCleanly() {
        let inputs = [
            "", " ", "\n\n", "---", "...", "[", "{", "- - -", "id: x", String(repeating: "[", count: 5000),
            String(repeating: "a", count: 100_000), "id: x\ntitle: t\nop: conv2d\ninput: |\n  " + String(repeating: "1 ", count: 5000),
            "\u{FEFF}id: x", "id: &a [*a]", "op: conv2d\ninput: [[1e400]]", String(repeating: "- ", count: 2000) + "1",
        ]
        for (number, text) in inputs.enumerated() { check(text, label: "input \(number)") }
    }

    private func check(_ text: String, label: String) {
        switch LessonParser.parse(text: text, file: "fuzz.yaml") {
        case .success(let lesson):
            // Whatever parses must also compute: every phase's first and last step, and the answer key.
            for phase in lesson.phases {
                _ = phase.operation?.step(at: 0)
                _ = phase.operation?.step(at: max(0, phase.stepCount - 1))
            }
            _ = AnswerKey.verify(lesson)
        case .failure(let errors):
            #expect(!errors.diagnostics.isEmpty, "\(label): rejected without a diagnostic")
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            for diagnostic in errors.diagnostics {
                #expect(diagnostic.description.hasPrefix("fuzz.yaml:\(diagnostic.location.line):\(diagnostic.location.column): error: "), "\(label)")
                #expect(diagnostic.location.line <= lineCount + 1, "\(label): line \(diagnostic.location.line) past the end")
            }
        }
    }
}
