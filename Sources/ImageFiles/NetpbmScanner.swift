/// Reads netpbm text: whitespace-separated decimal tokens, with `#` comments running to the end of a line.
///
/// Whitespace is blank, tab, line feed, vertical tab, form feed and carriage return (C's `isspace`, as
/// libnetpbm uses). A comment counts as whitespace wherever whitespace may appear.
struct NetpbmScanner {
    /// The whole file.
    let bytes: [UInt8]
    /// The next byte to read.
    private(set) var position: Int

    /// A scanner over `bytes` starting at `position`.
    init(_ bytes: [UInt8], at position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// Whether all bytes have been read.
    var isAtEnd: Bool { position >= bytes.count }

    /// The byte at the current position, if any.
    var current: UInt8? { isAtEnd ? nil : bytes[position] }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static let commentStart = UInt8(ascii: "#")

    /// Skips whitespace and comments.
    mutating func skipSeparators() {
        while let byte = current {
            if byte == Self.commentStart {
                skipComment()
            } else if Self.isWhitespace(byte) {
                position += 1
            } else {
                return
            }
        }
    }

    /// Skips from `#` up to, not past, the line feed or carriage return that ends the comment.
    mutating func skipComment() {
        while let byte = current, byte != 0x0A, byte != 0x0D { position += 1 }
    }

    /// Steps over one byte.
    mutating func advance() { position += 1 }

    /// The next token after separators: bytes up to whitespace, `#` or the end; empty at the end.
    mutating func nextToken() -> ArraySlice<UInt8> {
        skipSeparators()
        let start = position
        while let byte = current, !Self.isWhitespace(byte), byte != Self.commentStart { position += 1 }
        return bytes[start..<position]
    }

    /// The token's value if it is all decimal digits (saturating at `Int.max`), otherwise nil.
    static func number(_ token: ArraySlice<UInt8>) -> Int? {
        guard !token.isEmpty else { return nil }
        var value = 0
        for byte in token {
            guard (0x30...0x39).contains(byte) else { return nil }
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = shifted.addingReportingOverflow(Int(byte - 0x30))
            value = overflowShift || overflowSum ? Int.max : sum
        }
        return value
    }

    /// A token for a message: printable ASCII as is, other bytes as `\xNN`, at most 16 bytes.
    static func quoted(_ token: ArraySlice<UInt8>) -> String {
        let shown = token.prefix(16).map { byte in
            (0x20...0x7E).contains(byte) ? String(UnicodeScalar(byte)) : "\\x" + hexByte(byte)
        }
        return "'" + shown.joined() + (token.count > 16 ? "…" : "") + "'"
    }
}
