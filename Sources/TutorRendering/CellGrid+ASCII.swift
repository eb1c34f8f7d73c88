import LessonText

extension CellGrid {
    /// Replaces every non-ASCII character by its one-column ASCII stand-in from `ASCIIFallback` (`×` → `x`,
    /// `₁` → `1`, boxes → `+-|`), so a terminal without a UTF-8 locale never receives a character it would garble.
    mutating func transliterateToASCII() {
        for y in 0..<height {
            for x in 0..<width where !self[x, y].character.isASCII {
                self[x, y].character = ASCIIFallback.spelling(of: self[x, y].character).cell
            }
        }
    }
}
