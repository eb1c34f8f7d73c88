/// Wraps prose to a width: the player's text panel, and the core that scrolls it, count the same lines.
public enum TextWrap {
    /// Lines of at most `width` characters, breaking at spaces (long words are cut); paragraphs kept.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                while word.count > width {
                    if !current.isEmpty { result.append(current); current = "" }
                    result.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    result.append(current)
                    current = String(word)
                }
            }
            result.append(current)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }
}
