import LessonText
import TestSupport
import Testing

struct TextWrapTests {
    @Test func breaksAtTheLastSpaceThatFits() {
        #expect(TextWrap.lines("the kernel slides over the input", width: 10) == ["the kernel", "slides", "over the", "input"])
    }

    @Test func cutsAWordLongerThanTheWidth() {
        #expect(TextWrap.lines("a convolutional net", width: 5) == ["a", "convo", "lutio", "nal", "net"])
    }

    @Test func keepsParagraphsAndTheirBlankLines() {
        #expect(TextWrap.lines("one two\n\nthree", width: 20) == ["one two", "", "three"])
    }

    @Test func dropsTrailingBlankLinesAndRunsOfSpaces() {
        #expect(TextWrap.lines("a  b\n\n", width: 20) == ["a b"])
    }

    /// `−5×3` is four characters but eight bytes; `é` written with a combining accent is one character.
    @Test func countsCharactersNotBytes() {
        #expect(TextWrap.lines("x = −5×3 ok", width: 8) == ["x = −5×3", "ok"])
        #expect(TextWrap.lines("caf\u{65}\u{301} au lait", width: 7) == ["caf\u{65}\u{301} au", "lait"])
    }

    @Test func givesNothingForNoWidth() {
        #expect(TextWrap.lines("text", width: 0).isEmpty)
    }

    /// Random prose (ASCII and multi-byte words, runs of spaces, blank lines, words longer than the line) wraps
    /// exactly as a plain character-by-character wrap does.
    @Test func agreesWithAPlainCharacterByCharacterWrap() {
        var random = SeededGenerator(named: "text wrap")
        let pieces = ["a", "ab", "kernel", "−5×3", "e\u{301}", "Z₁,₁", "convolutional", "…", "x"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                text += pieces.randomElement(using: &random) ?? ""
                text += ["", " ", " ", "  ", "\n", "\n\n"].randomElement(using: &random) ?? ""
            }
            let width = Int.random(in: 1...14, using: &random)
            #expect(TextWrap.lines(text, width: width) == Self.plainWrap(text, width: width), "\(text.debugDescription) at \(width)")
        }
    }

    /// The reference: words and lengths as Characters, no shortcuts.
    static func plainWrap(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                while word.count > width {
                    if !current.isEmpty { result.append(current); current = "" }
                    result.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    result.append(current)
                    current = String(word)
                }
            }
            result.append(current)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }
}
