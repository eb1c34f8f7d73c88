/// Wraps prose to a width: the player's text panel, and the core that scrolls it, count the same lines.
public enum TextWrap {
    /// Lines of at most `width` characters, breaking at spaces (long words are cut); paragraphs kept.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // Lengths are kept beside the strings: counting a String's characters walks it (drawn every frame).
            var current = "", currentCount = 0
            for word in paragraph.split(separator: " ") {
                var word = Substring(word), wordCount = word.count
                while wordCount > width {
                    if currentCount > 0 { result.append(current); (current, currentCount) = ("", 0) }
                    result.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                    wordCount -= width
                }
                if currentCount == 0 {
                    (current, currentCount) = (String(word), wordCount)
                } else if currentCount + 1 + wordCount <= width {
                    current += " " + word
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
}
