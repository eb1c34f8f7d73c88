import LessonPictures
import Testing

/// Values to tones, tones to colours and glyphs: the one place each is decided.
@Suite struct PictureScaleTests {
    @Test func aTensorWithANegativeValueIsDivergingAroundZero() {
        #expect(PictureScale.fitting([-3, 1, 2]) == .signed(extent: 3))
        #expect(PictureScale.fitting([-1, 0, 4]) == .signed(extent: 4))
        #expect(PictureScale.fitting([0, 2, 8]) == .intensity(top: 8))
        #expect(PictureScale.fitting([0, 0]) == .intensity(top: 1))
        // An image keeps its full intensity, so a dark picture is drawn dark; infinities are ignored.
        #expect(PictureScale.fitting([10, 40], fullIntensity: 255) == .intensity(top: 255))
        #expect(PictureScale.fitting([-Double.infinity, 3, .nan]) == .intensity(top: 3))
    }

    @Test func tonesSpanTheRampAndClampOutsideIt() {
        let grey = PictureScale.intensity(top: 200)
        #expect(grey.tone(0) == .grey(0) && grey.tone(200) == .grey(255) && grey.tone(100) == .grey(128))
        #expect(grey.tone(-5) == .grey(0) && grey.tone(900) == .grey(255) && grey.tone(.nan) == .grey(0))
        let signed = PictureScale.signed(extent: 10)
        #expect(signed.tone(-10) == .signed(-127) && signed.tone(0) == .signed(0) && signed.tone(10) == .signed(127))
        #expect(signed.tone(5) == .signed(64) && signed.tone(-5) == .signed(-64) && signed.tone(-50) == .signed(-127))
        #expect(grey.legendValues == [0, 200] && signed.legendValues == [-10, 0, 10])
    }

    @Test func theColourMapIsGreyOrBlueWhiteRed() {
        #expect(PictureColourMap.rgb(.grey(77)) == .init(red: 77, green: 77, blue: 77))
        #expect(PictureColourMap.rgb(.signed(0)) == .init(red: 255, green: 255, blue: 255))
        #expect(PictureColourMap.rgb(.signed(127)) == .init(red: 255, green: 0, blue: 0))
        #expect(PictureColourMap.rgb(.signed(-127)) == .init(red: 0, green: 0, blue: 255))
        // Halfway to −1: 255 · (1 − 64/127) = 126.5… → 127 in red and green, blue stays full.
        #expect(PictureColourMap.rgb(.signed(-64)) == .init(red: 126, green: 126, blue: 255))
    }

    @Test func glyphsShowStrengthAndSignWithoutColour() {
        #expect(PictureGlyphs.glyph(for: .grey(0), style: .shades) == " ")
        #expect(PictureGlyphs.glyph(for: .grey(255), style: .shades) == "█")
        #expect(PictureGlyphs.glyph(for: .grey(128), style: .shades) == "▒")
        #expect(PictureGlyphs.glyph(for: .signed(127), style: .shades) == "█")
        #expect(PictureGlyphs.glyph(for: .signed(-127), style: .shades) == "●")
        #expect(PictureGlyphs.glyph(for: .signed(-40), style: .shades) == "·")
        #expect(PictureGlyphs.glyph(for: .grey(255), style: .characters) == "@")
        #expect(PictureGlyphs.glyph(for: .signed(-127), style: .characters) == "X")
        #expect(PictureGlyphs.glyph(for: .signed(127), style: .characters) == "@")
        let ascii = PictureGlyphs.characters + PictureGlyphs.positiveCharacters + PictureGlyphs.negativeCharacters
        #expect(ascii.allSatisfy { $0.isASCII })
        // Positive and negative values never share a glyph (besides blank, for 0).
        #expect(Set(PictureGlyphs.shades.dropFirst()).isDisjoint(with: PictureGlyphs.negativeShades.dropFirst()))
        #expect(Set(PictureGlyphs.positiveCharacters.dropFirst()).isDisjoint(with: PictureGlyphs.negativeCharacters.dropFirst()))
    }
}
