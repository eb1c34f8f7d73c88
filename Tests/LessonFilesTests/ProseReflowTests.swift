import TestSupport
import Testing

@testable import LessonFiles

/// Narration and notes read as prose: paragraphs on one line each, lines trimmed and joined by a space.
@Suite struct ProseReflowTests {
    @Test func paragraphsAreJoinedLinesBetweenBlankOnes() {
        #expect(LessonReader.reflowed("a\nb\n\n  c  \n\t\n\nd") == "a b\nc\nd")
        #expect(LessonReader.reflowed("  één  \n\ttwee × 3 ") == "één twee × 3")
        #expect(LessonReader.reflowed("") == "")
        #expect(LessonReader.reflowed(" \n\t\n") == "")
        #expect(LessonReader.reflowed("\n\nlast\n") == "last")
    }

    /// The byte loop gives what splitting by Character gave, on 2,000 seeded texts of words, spaces, tabs, blank
    /// lines and non-ASCII letters.
    @Test func theByteLoopMatchesAPlainCharacterReflow() {
        var generator = SeededGenerator(seed: 12)
        let pieces = ["word", "é", "×", " ", "  ", "\t", "\n", "\n\n", " \n ", "Σ"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }
                .joined()
            #expect(LessonReader.reflowed(text) == Self.characterReflow(text), "\(text.debugDescription)")
        }
    }

    /// The reflow as written before, Character by Character.
    static func characterReflow(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .split(whereSeparator: { $0.allSatisfy { $0 == " " || $0 == "\t" } })
            .map { lines in lines.map { String($0).trimmingBlanks() }.joined(separator: " ") }
            .joined(separator: "\n")
    }
}

extension String {
    fileprivate func trimmingBlanks() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
