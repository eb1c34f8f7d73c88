import LessonText
import Testing

/// ASCII text keeps distinct symbols distinct and writes indices as the step labels do.
@Suite struct GlyphsTests {
    @Test("subscript indices become brackets, as ASCII step labels write them (the narration said A1,1)")
    func subscriptsBecomeBrackets() {
        #expect(Glyphs.ascii.text("A₁,₁ alone") == "A[1,1] alone")
        #expect(Glyphs.ascii.text("X₁₂,₃ = 174") == "X[12,3] = 174")
        #expect(Glyphs.ascii.text("Z₁, then Z₂") == "Z[1], then Z[2]")
    }

    @Test("the convolution operator and the separator no longer both read `*` (conv2d * 4x4 * 2x2)")
    func convolutionAndSeparatorStayDistinct() {
        let line = Glyphs.ascii.text("conv2d") + Glyphs.ascii.separator + Glyphs.ascii.text("4×4 ⊛ 2×2")
        #expect(line == "conv2d | 4x4 (*) 2x2")
        #expect(Glyphs.ascii.text("A₁,₁·W₁,₁") == "A[1,1]*W[1,1]")
    }

    @Test("Unicode text is left as it is")
    func unicodeUnchanged() {
        #expect(Glyphs.unicode.text("A₁,₁ ⊛ W") == "A₁,₁ ⊛ W")
    }

    @Test("every character the table knows spells as ASCII, in text and in one cell")
    func fallbackIsASCII() {
        for character in "×−…∞·⊛⋆Σ°∂⌊⌋⌈⌉≤≥≠≈→←↑↓—–‘’“”₀₁₂₃₄₅₆₇₈₉²√é•✓✗─│┌┐└┘▲▼◀▶›" {
            let spelling = ASCIIFallback.spelling(of: character)
            #expect(spelling.text.allSatisfy(\.isASCII) && spelling.cell.isASCII && spelling.text != "?", "\(character)")
        }
    }
}
