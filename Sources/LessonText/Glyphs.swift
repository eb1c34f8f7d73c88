import LessonModel

/// The characters used to write numbers, sums and frames: Unicode, or plain ASCII when the locale cannot show it.
public struct Glyphs: Sendable, Equatable {
    /// Multiplication sign in a term.
    public let times: String
    /// Minus sign of a negative number.
    public let minus: String
    /// Ellipsis for terms left out.
    public let ellipsis: String
    /// Infinity (max-pooling padding).
    public let infinity: String
    /// Whether indices are written as subscripts (A₁,₁) rather than brackets (A[1,1]).
    public let subscripts: Bool
    /// Placeholder for an output cell not yet computed.
    public let pending: String
    /// Convolution operator.
    public let convolve: String

    /// Unicode glyphs: ×, −, …, ∞, subscripts.
    public static let unicode = Glyphs(
        times: "×", minus: "−", ellipsis: "…", infinity: "∞", subscripts: true, pending: "·", convolve: "⊛")
    /// ASCII-only glyphs: x, -, ..., inf, brackets.
    public static let ascii = Glyphs(
        times: "x", minus: "-", ellipsis: "...", infinity: "inf", subscripts: false, pending: ".", convolve: "*")

    /// Replaces the Unicode characters this project writes by ASCII ones (for narration and titles).
    public func text(_ text: String) -> String {
        guard self == .ascii else { return text }
        var result = ""
        for character in text {
            result += character.isASCII ? String(character) : ASCIIFallback.spelling(of: character).text
        }
        return result
    }
}
