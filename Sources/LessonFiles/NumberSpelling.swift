/// Why a token that looks like a number is not one: a character pasted from slides or typed with a non-English
/// keyboard layout, named by its code point, with the token rewritten when that makes a number.
struct NumberSpelling {
    /// The first character that is not ASCII, e.g. `U+2013 EN DASH`.
    let character: String
    /// What belongs in its place, e.g. `a minus sign`, when it is a look-alike of part of a number.
    let standsFor: String?
    /// The token with every look-alike replaced, when that is a number: `-3` for `–3`.
    let fix: String?

    /// The problem with `token`, or nil when every character is ASCII (a letter or a stray symbol).
    init?(_ token: String) {
        guard let odd = token.unicodeScalars.first(where: { !$0.isASCII }) else { return nil }
        let hex = String(odd.value, radix: 16, uppercase: true)
        character =
            "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            + (odd.properties.name.map { " " + $0 } ?? "")
        let rewritten = String(String.UnicodeScalarView(token.unicodeScalars.map { Self.lookalikes[$0]?.ascii ?? $0 }))
        fix = Double(rewritten) == nil ? nil : rewritten
        standsFor = fix == nil ? nil : Self.lookalikes[odd]?.role
    }

    /// `has U+2013 EN DASH where a minus sign belongs`, or `has U+00D7 MULTIPLICATION SIGN`.
    var description: String {
        "has \(character)" + (standsFor.map { " where \($0) belongs" } ?? "")
    }

    /// Characters that stand for part of a number, with the ASCII they stand for.
    private static let lookalikes: [Unicode.Scalar: (ascii: Unicode.Scalar, role: String)] = {
        var table: [Unicode.Scalar: (ascii: Unicode.Scalar, role: String)] = [:]
        // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, small and full-width hyphen-minus.
        for value: UInt32 in [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0xFE63, 0xFF0D] {
            if let scalar = Unicode.Scalar(value) { table[scalar] = ("-", "a minus sign") }
        }
        for digit: UInt32 in 0...9 {
            if let wide = Unicode.Scalar(0xFF10 + digit), let ascii = Unicode.Scalar(0x30 + digit) { table[wide] = (ascii, "a digit") }
        }
        table["\u{FF0E}"] = (".", "a decimal point")
        table["\u{FF0B}"] = ("+", "a plus sign")
        table["\u{FF45}"] = ("e", "an exponent's e")
        table["\u{FF25}"] = ("E", "an exponent's E")
        return table
    }()
}
