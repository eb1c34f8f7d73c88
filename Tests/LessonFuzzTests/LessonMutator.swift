/// Makes broken variants of a lesson file: the kinds of damage instructors' files and pasted slides suffer.
struct LessonMutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    /// A pseudo-random number below `bound` (xorshift64*).
    mutating func next(_ bound: Int) -> Int {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return Int((state &* 0x2545_F491_4F6C_DD1D) >> 33) % max(bound, 1)
    }

    /// Nasty replacements for a number or word.
    static let tokens = [
        "nan", ".inf", "-.inf", "1e400", "-1e308", "1e16", "0", "-0", "99999999999999999999", "0x1F", "1/0", "−", "",
        "[", "]", "{", "}", ":", "- ", "\"", "'", "|", ">", "&anchor", "*anchor", "!!binary", "~", "null", "true",
        "same", "valid", "-1", "1000000", "65", "1025", "  ", "\t", "#", "é", "😀", "\u{0}",
    ]

    /// One mutation of `text`.
    mutating func mutate(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return Self.tokens[next(Self.tokens.count)] }
        let line = next(lines.count)
        switch next(9) {
        case 0: lines.remove(at: line)
        case 1: lines.insert(lines[next(lines.count)], at: line)
        case 2: lines[line] = replaceToken(in: lines[line])
        case 3: lines[line] = String(repeating: " ", count: next(6)) + lines[line]
        case 4: lines[line] = String(lines[line].dropFirst(next(4)))
        case 5: lines[line] += " " + Self.tokens[next(Self.tokens.count)]
        case 6: lines.swapAt(line, next(lines.count))
        case 7:
            let characters = Array(lines[line])
            if !characters.isEmpty { lines[line] = String(characters.prefix(next(characters.count))) }
        default: lines[line] = String(lines[line].reversed())
        }
        return lines.joined(separator: "\n")
    }

    private mutating func replaceToken(in line: String) -> String {
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard !words.isEmpty else { return line }
        words[next(words.count)] = Self.tokens[next(Self.tokens.count)]
        return words.joined(separator: " ")
    }
}
