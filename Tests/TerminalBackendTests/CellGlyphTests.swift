import Testing

@testable import TerminalBackend

struct CellGlyphTests {
    /// A stand-in for `wcwidth` that does not depend on the test process's locale.
    static func columns(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x300..<0x370: return 0
        case 0x1100..<0x1160, 0x1F300...: return 2
        default: return 1
        }
    }

    func scalars(_ character: Character, unicode: Bool) -> String {
        var text = ""
        text.unicodeScalars.append(
            contentsOf: CellGlyph.scalars(for: character, unicode: unicode, limit: 4, columns: Self.columns)
        )
        return text
    }

    @Test func drawsASCIIAsItIs() {
        #expect(scalars("a", unicode: false) == "a")
        #expect(scalars("~", unicode: true) == "~")
    }

    @Test func drawsControlCharactersAsSpaces() {
        #expect(scalars("\u{7}", unicode: true) == " ")
        #expect(scalars("\u{7F}", unicode: false) == " ")
    }

    @Test func replacesNonASCIIWithoutAUTF8Locale() {
        #expect(scalars("─", unicode: false) == "?")
        #expect(scalars("×", unicode: false) == "?")
    }

    @Test func drawsOneColumnUnicodeInAUTF8Locale() {
        #expect(scalars("─", unicode: true) == "─")
        #expect(scalars("e\u{301}", unicode: true) == "e\u{301}")
    }

    @Test func replacesWideCharactersThatWouldShiftTheRow() {
        #expect(scalars("🙂", unicode: true) == "?")
    }

    @Test func dropsScalarsThatAreNotCombiningMarks() {
        #expect(scalars("\u{1F1EB}\u{1F1F7}", unicode: true) == "\u{1F1EB}")
        #expect(scalars("\r\n", unicode: true) == " ")
    }

    @Test func keepsAtMostTheLimit() {
        let stacked: Character = "a\u{301}\u{302}\u{303}\u{304}\u{305}"
        #expect(CellGlyph.scalars(for: stacked, unicode: true, limit: 4, columns: Self.columns).count == 4)
    }
}
