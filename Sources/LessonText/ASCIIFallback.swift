/// How each non-ASCII character the tutor writes is spelled in ASCII: in running text (`∞` → `inf`) and in a
/// single terminal cell (`∞` → `i`). The one table both transcripts and the screen use.
public enum ASCIIFallback {
    /// A character's two ASCII spellings.
    public struct Spelling: Sendable, Equatable {
        /// In running text, as long as it needs to be: `inf`, `sum`, `->`.
        public let text: String
        /// In one terminal cell, where a layout has reserved one column: `i`, `S`, `>`.
        public let cell: Character
    }

    /// The spelling of `character` (`?` in both forms for a character the table does not know).
    public static func spelling(of character: Character) -> Spelling {
        table[character] ?? Spelling(text: "?", cell: "?")
    }

    private static func both(_ text: String, _ cell: Character) -> Spelling { Spelling(text: text, cell: cell) }

    private static let table: [Character: Spelling] = [
        "×": both("x", "x"), "−": both("-", "-"), "…": both("...", "."), "∞": both("inf", "i"), "·": both("*", "."),
        "⊛": both("(*)", "*"), "⋆": both("*", "*"), "Σ": both("sum", "S"), "°": both(" deg", "o"), "∂": both("d", "d"),
        "⌊": both("floor(", "["), "⌋": both(")", "]"), "⌈": both("ceil(", "["), "⌉": both(")", "]"),
        "≤": both("<=", "<"), "≥": both(">=", ">"), "≠": both("!=", "#"), "≈": both("~", "~"),
        "→": both("->", ">"), "←": both("<-", "<"), "↑": both("^", "^"), "↓": both("v", "v"),
        "—": both("--", "-"), "–": both("-", "-"), "‘": both("'", "'"), "’": both("'", "'"), "“": both("\"", "\""),
        "”": both("\"", "\""), "₀": both("0", "0"), "₁": both("1", "1"), "₂": both("2", "2"), "₃": both("3", "3"),
        "₄": both("4", "4"), "₅": both("5", "5"), "₆": both("6", "6"), "₇": both("7", "7"), "₈": both("8", "8"),
        "₉": both("9", "9"), "²": both("^2", "2"), "√": both("sqrt", "v"), "é": both("e", "e"), "•": both("*", "*"),
        "✓": both("ok", "v"), "✗": both("x", "x"), "─": both("-", "-"), "│": both("|", "|"), "┌": both("+", "+"),
        "┐": both("+", "+"), "└": both("+", "+"), "┘": both("+", "+"), "▲": both("^", "^"), "▼": both("v", "v"),
        "◀": both("<", "<"), "▶": both(">", ">"), "›": both(">", ">"),
    ]
}
