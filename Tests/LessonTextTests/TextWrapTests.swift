import LessonText
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
}
