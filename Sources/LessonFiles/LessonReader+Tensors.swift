import CNNEngine
import LessonModel
import LessonText
import Yams

extension LessonReader {
    /// Reads a tensor written as a block string (rows per line, channels split by blank lines) or as nested
    /// lists; returns nil after recording errors. `ranks` are the ranks the role accepts.
    mutating func tensor(_ node: Node, named name: String, ranks: ClosedRange<Int>) -> ParsedTensor? {
        guard let parsed = anyTensor(node, named: name) else { return nil }
        guard ranks.contains(parsed.shape.count) else {
            error(
                "\(name) has \(parsed.shape.count) dimension(s) but must have \(ranks.lowerBound)…\(ranks.upperBound)",
                at: node, hint: "write a matrix as rows of numbers; separate channels with a blank line")
            return nil
        }
        return parsed
    }

    private mutating func anyTensor(_ node: Node, named name: String) -> ParsedTensor? {
        switch node {
        case .scalar(let scalar):
            return blockTensor(scalar, node: node, named: name)
        case .sequence(let sequence):
            return listTensor(Array(sequence), node: node, named: name)
        default:
            error("\(name) must be numbers: a block of rows or a list", at: node)
            return nil
        }
    }

    private mutating func listTensor(_ items: [Node], node: Node, named name: String) -> ParsedTensor? {
        guard !items.isEmpty else {
            error("\(name) is empty", at: node)
            return nil
        }
        if items.allSatisfy({ Self.isSingleNumber($0) }) {
            var values: [Double] = [], locations: [SourceLocation] = []
            for item in items {
                let location = Self.location(of: item)
                guard let text = item.scalar?.string, let value = number(text, at: location, named: name) else { continue }
                values.append(value)
                locations.append(location)
            }
            return values.count == items.count ? ParsedTensor(shape: [values.count], values: values, locations: locations) : nil
        }
        let parts = items.map { anyTensor($0, named: name) }
        let present = parts.compactMap { $0 }
        guard present.count == parts.count else { return nil }
        if let stacked = ParsedTensor.stack(present) { return stacked }
        reportRagged(present, items: items, named: name)
        return nil
    }

    private mutating func reportRagged(_ parts: [ParsedTensor], items: [Node], named name: String) {
        guard let first = parts.first else { return }
        for (part, item) in zip(parts, items) where part.shape != first.shape {
            error(
                "\(name): this entry has shape \(Self.format(part.shape)) but the first has \(Self.format(first.shape))",
                at: item, hint: "every row needs the same number of values, every channel the same size")
            return
        }
    }

    private static func isSingleNumber(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return !scalar.string.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," })
    }

    /// Parses a block string: a matrix (one row per line) or channels separated by blank lines.
    private mutating func blockTensor(_ scalar: Node.Scalar, node: Node, named name: String) -> ParsedTensor? {
        if scalar.style == .folded {
            error("\(name) uses `>`, which joins lines into one row", at: node, hint: "use `|` so each line stays a row")
            return nil
        }
        let lines = blockLines(scalar, node: node)
        if let bracket = Self.firstBracket(in: lines) {
            let fix = scalar.style == .literal ? "drop the `|`" : "drop the quotes"
            error(
                "\(name) has brackets among its rows of numbers, as NumPy prints a matrix", at: bracket,
                hint: "\(fix) to read `[[1, 2], [3, 4]]` as nested lists, or drop the brackets and commas to keep rows")
            return nil
        }
        var channels: [[[Double]]] = [[]], locations: [[SourceLocation]] = [[]], rowStarts: [[SourceLocation]] = [[]]
        var failed = false
        for line in lines {
            if line.tokens.isEmpty {
                if !(channels.last?.isEmpty ?? true) { channels.append([]); locations.append([]); rowStarts.append([]) }
                continue
            }
            var row: [Double] = []
            for token in line.tokens {
                let location = line.location(of: token)
                if let value = number(token.text, at: location, named: name) {
                    row.append(value)
                    locations[locations.count - 1].append(location)
                } else {
                    failed = true
                }
            }
            channels[channels.count - 1].append(row)
            rowStarts[rowStarts.count - 1].append(line.start)
        }
        if channels.last?.isEmpty ?? false { channels.removeLast(); locations.removeLast(); rowStarts.removeLast() }
        guard !failed else { return nil }
        guard !channels.isEmpty else {
            error("\(name) is empty", at: node)
            return nil
        }
        return assemble(channels, locations: locations, rowStarts: rowStarts, named: name)
    }

    /// Where the first token with a `[` or `]` is written: NumPy's way of printing a matrix, pasted under `|`.
    private static func firstBracket(in lines: [BlockLine]) -> SourceLocation? {
        for line in lines {
            if let token = line.tokens.first(where: { $0.text.contains { $0 == "[" || $0 == "]" } }) { return line.location(of: token) }
        }
        return nil
    }

    /// A block string's lines with their tokens and where each line starts in the file.
    private func blockLines(_ scalar: Node.Scalar, node: Node) -> [BlockLine] {
        let start = Self.location(of: node)
        let firstLine = scalar.style == .literal ? start.line + 1 : start.line
        return scalar.string.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, line in
            let lineNumber = firstLine + offset
            let indent = columnOffset(of: line, onLine: lineNumber, fallback: start.column - 1)
            return BlockLine(tokens: Self.tokens(in: line), start: SourceLocation(line: lineNumber, column: indent + 1))
        }
    }

    private mutating func assemble(
        _ channels: [[[Double]]], locations: [[SourceLocation]], rowStarts: [[SourceLocation]], named name: String
    ) -> ParsedTensor? {
        let width = channels[0][0].count, height = channels[0].count
        for (c, channel) in channels.enumerated() {
            for (r, row) in channel.enumerated() where row.count != width {
                error(
                    "\(name): row \(r + 1)\(channels.count > 1 ? " of channel \(c + 1)" : "") has \(row.count) value(s) but the first row has \(width)",
                    at: rowStarts[c][r], hint: "every row of a matrix needs the same number of values")
                return nil
            }
            if channel.count != height {
                error(
                    "\(name): channel \(c + 1) has \(channel.count) row(s) but channel 1 has \(height)",
                    at: rowStarts[c][0], hint: "every channel needs the same size")
                return nil
            }
        }
        let values = channels.flatMap { $0.flatMap { $0 } }
        let shape = channels.count == 1 ? [height, width] : [channels.count, height, width]
        return ParsedTensor(shape: shape, values: values, locations: locations.flatMap { $0 })
    }

    /// Where `line` (a line of a block string's value) starts in the source line `lineNumber`.
    private func columnOffset(of line: Substring, onLine lineNumber: Int, fallback: Int) -> Int {
        guard lineNumber >= 1, lineNumber <= lines.count else { return fallback }
        let source = lines[lineNumber - 1]
        guard source.hasSuffix(line) else { return fallback }
        return source.count - line.count
    }

    /// Whitespace- or comma-separated tokens of a line with their character offsets.
    static func tokens(in line: Substring) -> [(text: String, offset: Int)] {
        var result: [(String, Int)] = [], current = "", start = 0
        for (offset, character) in line.enumerated() {
            if character == " " || character == "\t" || character == "," || character == "\r" {
                if !current.isEmpty { result.append((current, start)); current = "" }
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { result.append((current, start)) }
        return result
    }

    /// `3×4×4`.
    static func format(_ shape: [Int]) -> String {
        Tensor.shapeText(shape)
    }
}

/// One line of a block string: its tokens and where it starts in the file.
struct BlockLine {
    /// Whitespace- or comma-separated tokens with their character offsets in the line.
    let tokens: [(text: String, offset: Int)]
    /// Where the line's text starts.
    let start: SourceLocation

    /// Where a token of this line is written.
    func location(of token: (text: String, offset: Int)) -> SourceLocation {
        SourceLocation(line: start.line, column: start.column + token.offset)
    }
}
