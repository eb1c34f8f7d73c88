import CNCursesw
import Testing
import TutorRendering

@testable import TerminalBackend

struct StyleMappingTests {
    /// Styles whose meaning is carried by the glyph or the printed sign, so colour may be their only extra.
    static let colorOnlyStyles: Set<SemanticStyle> = [.plain, .border, .filled, .positive, .negative]

    @Test(arguments: SemanticStyle.allCases)
    func meaningfulStylesHaveACueBesidesColour(style: SemanticStyle) {
        let expectsCue = !Self.colorOnlyStyles.contains(style)
        #expect(style.attributes.hasNonColorCue == expectsCue)
    }

    @Test func mapsTheDocumentedCues() {
        #expect(SemanticStyle.window.attributes.reverse)
        #expect(SemanticStyle.current.attributes.reverse && SemanticStyle.current.attributes.bold)
        #expect(SemanticStyle.activeTerm.attributes.bold && SemanticStyle.activeTerm.attributes.underline)
        #expect(SemanticStyle.winner.attributes.bold && SemanticStyle.winner.attributes.underline)
        #expect(SemanticStyle.selected.attributes.reverse)
        #expect(SemanticStyle.status.attributes.reverse)
        #expect(SemanticStyle.padding.attributes.dim && SemanticStyle.muted.attributes.dim)
        #expect(SemanticStyle.title.attributes.bold && SemanticStyle.strong.attributes.bold)
        #expect(SemanticStyle.key.attributes.bold && SemanticStyle.error.attributes.bold)
    }

    @Test func distinguishesTheAnimationStylesWithoutColour() {
        let animation: [SemanticStyle] = [.window, .current, .activeTerm, .padding, .plain]
        let cues = Set(
            animation.map { style -> StyleAttributes in
                var attributes = style.attributes
                attributes.color = nil
                return attributes
            })
        #expect(cues.count == animation.count)
    }

    @Test func convertsToCursesBits() {
        let current = SemanticStyle.current.attributes.cursesAttributes
        #expect(current & cnn_attr_reverse() != 0)
        #expect(current & cnn_attr_bold() != 0)
        #expect(current & cnn_attr_underline() == 0)
        #expect(SemanticStyle.plain.attributes.cursesAttributes == cnn_attr_normal())
        #expect(SemanticStyle.padding.attributes.cursesAttributes & cnn_attr_dim() != 0)
    }

    @Test func usesTheDefaultPairWithoutColour() {
        for style in SemanticStyle.allCases {
            #expect(style.attributes.colorPair(colorsEnabled: false) == 0)
        }
        #expect(SemanticStyle.error.attributes.colorPair(colorsEnabled: true) == TerminalColor.red.pairNumber)
        #expect(SemanticStyle.plain.attributes.colorPair(colorsEnabled: true) == 0)
    }

    @Test func givesEachColourItsOwnPairAmongTheEightBasicColours() {
        let pairs = TerminalColor.allCases.map(\.pairNumber)
        #expect(Set(pairs).count == pairs.count)
        #expect(pairs.allSatisfy { $0 >= 1 && $0 < 8 })
        #expect(TerminalColor.allCases.allSatisfy { (0..<8).contains($0.cursesNumber) })
        #expect(TerminalColor.red.cursesNumber == Int16(COLOR_RED))
    }
}
