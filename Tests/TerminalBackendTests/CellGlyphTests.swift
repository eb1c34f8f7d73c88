import Testing

@testable import TerminalBackend

struct CellGlyphTests {
    /// A stand-in for `wcwidth` that does not depend on the test process's locale.
    static func columns(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x80..<0xA0: return -1
        case 0x300..<0x370: return 0
        case 0x1100..<0x1160, 0x1F300...: return 2
        default: return 1
        }
    }

    func glyph(_ scalar: Unicode.Scalar, unicode: Bool) -> Unicode.Scalar {
        CellGlyph.scalar(for: scalar, unicode: unicode, columns: Self.columns)
    }

    @Test func drawsASCIIAsItIs() {
        #expect(glyph("a", unicode: false) == "a")
        #expect(glyph("~", unicode: true) == "~")
        #expect(glyph(" ", unicode: true) == " ")
    }

    @Test func drawsControlCharactersAsSpaces() {
        #expect(glyph("\u{7}", unicode: true) == " ")
        #expect(glyph("\r", unicode: true) == " ")
        #expect(glyph("\u{7F}", unicode: false) == " ")
    }

    @Test func replacesNonASCIIWithoutAUTF8Locale() {
        #expect(glyph("─", unicode: false) == "?")
        #expect(glyph("×", unicode: false) == "?")
    }

    @Test func drawsOneColumnUnicodeInAUTF8Locale() {
        #expect(glyph("─", unicode: true) == "─")
        #expect(glyph("▀", unicode: true) == "▀")
    }

    @Test func replacesWhatDoesNotTakeExactlyOneColumn() {
        #expect(glyph("🙂", unicode: true) == "?")
        #expect(glyph("\u{301}", unicode: true) == "?")
        #expect(glyph("\u{85}", unicode: true) == "?")
    }
}
