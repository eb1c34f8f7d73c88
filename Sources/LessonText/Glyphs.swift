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
    /// Between two items of a status or menu line: `conv2d · 6×6`.
    public let separator: String

    /// Unicode glyphs: ×, −, …, ∞, subscripts.
    public static let unicode = Glyphs(
        times: "×", minus: "−", ellipsis: "…", infinity: "∞", subscripts: true, pending: "·", separator: " · ")
    /// ASCII-only glyphs: x, -, ..., inf, brackets.
    public static let ascii = Glyphs(
        times: "x", minus: "-", ellipsis: "...", infinity: "inf", subscripts: false, pending: ".", separator: " | ")

    /// Replaces the Unicode characters this project writes by ASCII ones (for narration and titles). Subscript
    /// indices become brackets, as step labels write them in ASCII: `A₁,₂` → `A[1,2]`.
    public func text(_ text: String) -> String {
        guard self == .ascii else { return text }
        var result = ""
        var characters = text[...]
        while let character = characters.first {
            if let index = Self.subscriptIndex(at: characters) {
                result += "[" + index.text + "]"
                characters = characters.dropFirst(index.length)
                continue
            }
            result += character.isASCII ? String(character) : ASCIIFallback.spelling(of: character).text
            characters = characters.dropFirst()
        }
        return result
    }

    /// A run of subscript digits (with commas between them) at the start of `text`: its ASCII digits and commas
    /// and its length, or nil when `text` does not start with a subscript digit.
    private static func subscriptIndex(at text: Substring) -> (text: String, length: Int)? {
        var digits = "", length = 0, pendingComma = false
        for character in text {
            if let digit = subscriptDigits[character] {
                if pendingComma { digits += ","; length += 1 }
                digits.append(digit)
                length += 1
                pendingComma = false
            } else if character == ",", !digits.isEmpty, !pendingComma {
                pendingComma = true
            } else {
                break
            }
        }
        return digits.isEmpty ? nil : (digits, length)
    }

    /// Each digit's subscript: the one table both ways (`1` → `₁` in labels, `₁` → `1` in ASCII text).
    static let subscriptOf: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
    ]

    private static let subscriptDigits = Dictionary(uniqueKeysWithValues: subscriptOf.map { ($1, $0) })
}
