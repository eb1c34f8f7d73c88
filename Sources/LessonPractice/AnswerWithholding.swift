/// Keeps a practice question's answer off the screen: prose that states the value being asked (a lesson's
/// worked example, `… + 2×(−1) = −5.`) is held back, a sentence at a time, until the question is answered.
public enum AnswerWithholding {
    /// Words after which a number reads as a result.
    static let resultWords = ["=", "≈", "is", "gives", "equals", "makes"]

    /// `text` without the sentences that state `value` as a result, and how many were left out. Paragraphs
    /// (lines) are kept; a paragraph left empty disappears.
    public static func withholding(_ value: Double, from text: String) -> (text: String, withheld: Int) {
        let kept = withholding(from: text) { states(value, in: $0) }
        return (kept.text, kept.withheld.count)
    }

    /// `text` without the sentences `gives` picks, and those sentences in order. Paragraphs (lines) are kept; a
    /// paragraph left empty disappears.
    public static func withholding(from text: String, where gives: (String) -> Bool) -> (text: String, withheld: [String]) {
        var withheld: [String] = []
        var paragraphs: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let sentences = self.sentences(of: String(paragraph))
            let kept = sentences.filter { !gives($0) }
            withheld += sentences.filter(gives)
            if kept.isEmpty && !sentences.isEmpty { continue }
            paragraphs.append(kept.joined(separator: " "))
        }
        return (paragraphs.joined(separator: "\n"), withheld)
    }

    /// Whether `sentence` states `value` as a result: the number follows `=` or a word such as `is`, and is
    /// not the start of a product (`= 4×4 outputs` states no 4).
    public static func states(_ value: Double, in sentence: String) -> Bool {
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        for (index, word) in words.enumerated().dropLast() where resultWords.contains(word.lowercased()) {
            if let number = resultNumber(words[index + 1]), number.matches(value) { return true }
        }
        return words.contains { word in
            // `=−5` written without spaces.
            guard let equals = word.firstIndex(of: "="), word.index(after: equals) < word.endIndex else { return false }
            return resultNumber(String(word[word.index(after: equals)...]))?.matches(value) ?? false
        }
    }

    /// The number a word stands for when it is a whole result: `−5`, `9.5.`, `(−5)`, `19/4,`; nil for `4×4`.
    static func resultNumber(_ word: String) -> TypedNumber? {
        var text = Substring(word)
        while let last = text.last, ".,;:)!?".contains(last) { text.removeLast() }
        while text.first == "(" { text.removeFirst() }
        guard let first = text.first, first.isNumber || "-−".contains(first),
            text.allSatisfy({ $0.isNumber || "-−./".contains($0) })
        else { return nil }
        return TypedNumber(String(text))
    }

    /// The sentences of a paragraph: each ends at `.`, `!` or `?` followed by a space (so `9.5` stays whole).
    static func sentences(of paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character?
        for character in paragraph {
            if character == " ", let previous, ".!?".contains(previous) {
                sentences.append(current)
                current = ""
            } else if !(character == " " && current.isEmpty) {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}
