import Foundation
import LessonText
import TestSupport
import Testing

/// How numbers read on screen and in transcripts: integers plainly, others rounded to four decimals with trailing
/// zeros dropped, the minus sign as a glyph.
@Suite struct NumberTextTests {
    @Test(
        "worked by hand",
        arguments: [
            (9.5, "9.5"), (-5, "−5"), (0.333333, "0.3333"), (0.12345678, "0.1235"), (2.00004, "2"), (0.99996, "1"),
            (-0.00004, "−4e-05"), (-0.00004999, "−4.999e-05"), (123456.78901, "123456.789"), (0.0001, "0.0001"), (-7.25, "−7.25"),
            (1e-5, "1e-05"), (3.9190901720498545e-06, "3.919e-06"), (9.99996e-05, "1e-04"),
            (2.5e-300, "2.5e-300"), (0, "0"), (-0.0, "0"), (10, "10"), (-120, "−120"), (123_456_789_012_345, "123456789012345"),
        ])
    func handWorked(value: Double, text: String) {
        #expect(NumberText.format(value) == text)
    }

    @Test func asciiUsesAHyphen() {
        #expect(NumberText.format(-2.5, glyphs: .ascii) == "-2.5")
        #expect(NumberText.factor(-2.5, glyphs: .ascii) == "(-2.5)")
    }

    /// The integer rounding agrees with C's `%.4f` (trailing zeros dropped) on seeded values away from ties.
    @Test func agreesWithPrintfAwayFromTies() {
        var random = SeededGenerator(named: "number text")
        for _ in 0..<5_000 {
            let magnitude = pow(10, Double.random(in: -3.9...8.9, using: &random))
            let value = Bool.random(using: &random) ? magnitude : -magnitude
            let scaled = abs(value) * 10_000
            guard abs(scaled - scaled.rounded(.down) - 0.5) > 1e-3, value != value.rounded() else { continue }
            var reference = String(format: "%.4f", abs(value))
            while reference.hasSuffix("0") { reference.removeLast() }
            if reference.hasSuffix(".") { reference.removeLast() }
            let sign = value < 0 && reference != "0" ? "−" : ""
            #expect(NumberText.format(value) == sign + reference, "\(value)")
        }
    }
}
