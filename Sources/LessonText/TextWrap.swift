/// Wraps prose to a width: the player's text panel, and the core that scrolls it, count the same lines.
public enum TextWrap {
    /// Lines of at most `width` characters, breaking at spaces (long words are cut); paragraphs kept.
    ///
    /// The text is drawn every frame, so it is split on its UTF-8 bytes (a space or a line feed is one byte that
    /// no other character contains) and an ASCII word's length is its byte count; only other words are walked
    /// character by character.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var current = "", currentCount = 0
            for bytes in paragraph.split(separator: UInt8(ascii: " ")) {
                var word = Substring(bytes), wordCount = characterCount(bytes)
                while wordCount > width {
                    if currentCount > 0 { result.append(current); (current, currentCount) = ("", 0) }
                    result.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                    wordCount -= width
                }
                if currentCount == 0 {
                    (current, currentCount) = (String(word), wordCount)
                } else if currentCount + 1 + wordCount <= width {
                    current += " "
                    current += word
                    currentCount += 1 + wordCount
                } else {
                    result.append(current)
                    (current, currentCount) = (String(word), wordCount)
                }
            }
            result.append(current)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    /// Characters in `bytes`: the byte count when all are ASCII.
    private static func characterCount(_ bytes: Substring.UTF8View) -> Int {
        bytes.allSatisfy { $0 < 0x80 } ? bytes.count : Substring(bytes).count
    }
}
