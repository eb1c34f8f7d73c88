/// Wraps prose to a width: the player's text panel, and the core that scrolls it, count the same lines.
public enum TextWrap {
    /// Lines of at most `width` characters, breaking at spaces (long words are cut); paragraphs kept.
    ///
    /// The text under the step is wrapped on every frame, so the words are found in the UTF-8 bytes (a space or
    /// a line feed is one byte that no other character contains) and each line is built as bytes and made a
    /// String once. An ASCII word's length is its byte count; only other words are counted by character.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var wrapper = Wrapper(width: width)
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while true {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                wrapper.paragraph(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                guard end < bytes.count else { break }
                start = end + 1
            }
        }
        var result = wrapper.lines
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    /// The lines so far and the one being filled.
    private struct Wrapper {
        let width: Int
        var lines: [String] = []
        var current: [UInt8] = []
        var currentCount = 0

        init(width: Int) { self.width = width }

        /// Wraps one paragraph (no line feeds) and ends its last line.
        mutating func paragraph(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < bytes.count {
                guard bytes[index] != UInt8(ascii: " ") else {
                    index += 1
                    continue
                }
                var end = index, ascii = true
                while end < bytes.count && bytes[end] != UInt8(ascii: " ") {
                    ascii = ascii && bytes[end] < 0x80
                    end += 1
                }
                place(UnsafeBufferPointer(rebasing: bytes[index..<end]), ascii: ascii)
                index = end
            }
            endLine()
        }

        /// Puts a word on the current line, or starts the next; a word wider than the line is cut first.
        mutating func place(_ word: UnsafeBufferPointer<UInt8>, ascii: Bool) {
            let count = ascii ? word.count : String(decoding: word, as: UTF8.self).count
            guard count <= width else {
                if currentCount > 0 { endLine() }
                let (rest, restCount) = cutWideWord(Array(word), count: count, ascii: ascii)
                (current, currentCount) = (rest, restCount)
                return
            }
            if currentCount > 0 && currentCount + 1 + count <= width {
                current.append(UInt8(ascii: " "))
                currentCount += 1
            } else if currentCount > 0 {
                endLine()
            }
            current.append(contentsOf: word)
            currentCount += count
        }

        /// Emits `width`-character pieces of `word` as lines; returns the rest (at most `width` characters).
        mutating func cutWideWord(_ word: [UInt8], count: Int, ascii: Bool) -> ([UInt8], Int) {
            var count = count
            if ascii {
                var start = 0
                while count > width {
                    lines.append(String(decoding: word[start..<(start + width)], as: UTF8.self))
                    start += width
                    count -= width
                }
                return (Array(word[start...]), count)
            }
            var rest = Substring(String(decoding: word, as: UTF8.self))
            while count > width {
                lines.append(String(rest.prefix(width)))
                rest = rest.dropFirst(width)
                count -= width
            }
            return (Array(rest.utf8), count)
        }

        /// Ends the current line (an empty one for an empty paragraph).
        mutating func endLine() {
            lines.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
            currentCount = 0
        }
    }
}
