extension CellGrid {
    /// Replaces every non-ASCII character by a one-column ASCII stand-in (`×` → `x`, `₁` → `1`, boxes → `+-|`),
    /// so a terminal without a UTF-8 locale never receives a character it would garble.
    mutating func transliterateToASCII() {
        for y in 0..<height {
            for x in 0..<width where !self[x, y].character.isASCII {
                self[x, y].character = Self.asciiStandIns[self[x, y].character] ?? "?"
            }
        }
    }

    private static let asciiStandIns: [Character: Character] = [
        "×": "x", "−": "-", "…": ".", "·": ".", "∞": "i", "⊛": "*", "⋆": "*", "Σ": "S", "°": "o", "∂": "d",
        "⌊": "[", "⌋": "]", "⌈": "[", "⌉": "]", "→": ">", "←": "<", "↑": "^", "↓": "v", "–": "-", "—": "-",
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "▲": "^", "▼": "v", "◀": "<", "▶": ">",
        "›": ">", "‘": "'", "’": "'", "“": "\"", "”": "\"", "≤": "<", "≥": ">", "≠": "#", "≈": "~",
    ]
}
