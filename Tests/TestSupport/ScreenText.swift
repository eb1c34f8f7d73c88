import Foundation

/// Reading a captured screen (lines of text) as a student reads it: the values in the panels it shows.
public enum ScreenText {
    /// The text under every panel titled exactly `title` (the word alone on its line, with spaces around it): the
    /// trimmed characters of the next line in the title's columns, widened by `margin` on each side. A one-cell
    /// panel such as a bias `b` over `1` reads `["1"]`; the word with nothing under it is not a panel title.
    public static func values(under title: String, in lines: [String], margin: Int = 3) -> [String] {
        var values: [String] = []
        for (index, line) in lines.enumerated().dropLast() {
            let characters = Array(line), word = Array(" \(title) ")
            var start = 0
            while start + word.count <= characters.count {
                if Array(characters[start..<start + word.count]) == word {
                    let below = Array(lines[index + 1])
                    let from = max(0, start - margin), to = min(below.count, start + word.count + margin)
                    let value = from < to ? String(below[from..<to]).trimmingCharacters(in: .whitespaces) : ""
                    // The word in running text (`W + b` in a formula) has nothing under it.
                    if !value.isEmpty { values.append(value) }
                }
                start += 1
            }
        }
        return values
    }
}
