import LessonModel
import LessonText
import Yams

/// Walks a lesson's YAML nodes, turning them into values and collecting every problem with its position.
struct LessonReader {
    /// The file name used in diagnostics.
    let file: String
    /// The source split into lines, to place numbers inside block strings.
    let lines: [Substring]
    /// Problems found so far.
    private(set) var diagnostics: [LessonDiagnostic] = []
    /// Where `image:` paths are read from.
    let images: LessonImageSource
    /// The image file the input was read from, once read.
    var image: LessonImage?
    /// Where `{network: PATH}` weights files are read from.
    let networks: LessonNetworkSource

    init(file: String, text: String, images: LessonImageSource? = nil, networks: LessonNetworkSource? = nil) {
        self.file = file
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.images = images ?? .files(besideLessonAt: file)
        self.networks = networks ?? .files(besideLessonAt: file)
    }

    /// Records a problem at a node (or the file start).
    mutating func error(_ message: String, at node: Node?, hint: String? = nil) {
        error(message, at: Self.location(of: node), hint: hint)
    }

    /// Records a problem at a location.
    mutating func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        record(LessonDiagnostic(file: file, location: location, message: message, hint: hint))
    }

    /// Records something that is probably not what the author meant but does not stop the lesson.
    mutating func warning(_ message: String, at node: Node?, hint: String? = nil) {
        record(LessonDiagnostic(file: file, location: Self.location(of: node), message: message, hint: hint, severity: .warning))
    }

    private mutating func record(_ diagnostic: LessonDiagnostic) {
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    }

    /// A node's 1-based position.
    static func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return .start }
        return SourceLocation(line: mark.line, column: mark.column)
    }

    /// The pairs of a mapping, reporting unknown and duplicate keys; nil (with an error) if not a mapping.
    mutating func mapping(_ node: Node, named name: String, allowed: [String]) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            error("\(name) must be a mapping of `key: value` lines", at: node)
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error("keys of \(name) must be plain words", at: keyNode)
                continue
            }
            if result[key] != nil {
                error("`\(key)` appears twice in \(name)", at: keyNode, hint: "keep one of them")
            } else if !allowed.contains(key) {
                error("unknown key `\(key)` in \(name)", at: keyNode, hint: Self.suggestion(for: key, among: allowed))
            } else {
                result[key] = value
            }
        }
        return result
    }

    /// A string value, or nil with an error.
    mutating func string(_ node: Node, named name: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("\(name) must be text", at: node)
            return nil
        }
        return scalar.string.trimmed(" \t\n\r")
    }

    /// Prose as written in a block: single line breaks become spaces, blank lines stay paragraph breaks.
    mutating func prose(_ node: Node, named name: String) -> String? {
        string(node, named: name).map(Self.reflowed)
    }

    /// Prose as shown: each paragraph (lines between blank ones) on one line, its lines trimmed and joined by a
    /// space. In UTF-8 bytes, as every lesson's narration is read on the way to its first frame: splitting into
    /// Characters and joining strings runs the standard library's generic code, slow on first use.
    static func reflowed(_ text: String) -> String {
        let bytes = Array(text.utf8)
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var result: [UInt8] = [], inParagraph = false, lineStart = 0
        result.reserveCapacity(bytes.count)
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var start = lineStart, end = lineEnd
            while start < end && isBlank(bytes[start]) { start += 1 }
            while end > start && isBlank(bytes[end - 1]) { end -= 1 }
            if start == end {
                inParagraph = false
            } else {
                if inParagraph || !result.isEmpty { result.append(UInt8(ascii: inParagraph ? " " : "\n")) }
                result += bytes[start..<end]
                inParagraph = true
            }
            lineStart = lineEnd + 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A whole number within `range`, or nil with an error.
    mutating func integer(_ node: Node, named name: String, range: ClosedRange<Int>) -> Int? {
        let text = node.scalar.map { Self.normalizedNumber($0.string) }
        guard let text, let value = Int(text) else {
            if let text, let spelling = NumberSpelling(text), let fix = spelling.fix, Int(fix) != nil {
                error("\(name) must be a whole number: `\(text)` \(spelling.description)", at: node, hint: "write \(fix)")
            } else {
                error("\(name) must be a whole number", at: node, hint: "e.g. `\(name): \(range.lowerBound)`")
            }
            return nil
        }
        guard range.contains(value) else {
            let bounds =
                range.upperBound == Int.max
                ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
            error("\(name) is \(value) but must be \(bounds)", at: node)
            return nil
        }
        return value
    }

    /// A finite number within the documented magnitude, or nil with an error at `location`.
    mutating func number(_ token: String, at location: SourceLocation, named name: String) -> Double? {
        let text = Self.normalizedNumber(token)
        let lowered = text.lowercased()
        if ["nan", ".nan", "inf", "-inf", "+inf", ".inf", "-.inf", "+.inf", "infinity", "-infinity"].contains(lowered) {
            error("\(name) has `\(token)`, which is not a finite number", at: location, hint: "lessons use ordinary numbers only")
            return nil
        }
        guard let value = Double(text) else {
            let spelling = NumberSpelling(text)
            error(
                "\(name) has `\(token)`, which is not a number" + (spelling.map { ": it \($0.description)" } ?? ""), at: location,
                hint: spelling?.fix.map { "write \($0)" } ?? "write numbers like 3, -1.5 or 2e-3")
            return nil
        }
        guard value.isFinite, abs(value) <= LessonLimits.magnitude else {
            error("\(name) has `\(token)`, larger than the limit of 1e\(LessonLimits.magnitudeExponent)", at: location)
            return nil
        }
        return value
    }

    /// A YAML sequence's items, or nil with an error.
    mutating func sequence(_ node: Node, named name: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error("\(name) must be a list", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A number as written on slides: Unicode minus (−) accepted, surrounding spaces ignored.
    static func normalizedNumber(_ token: String) -> String {
        var result = ""
        for character in token.trimmed(" \t") { result.append(character == "−" ? "-" : character) }
        return result
    }

    /// "did you mean `x`?" for the closest allowed word, or the list of them after `label`.
    static func suggestion(for key: String, among allowed: [String], listedAs label: String = "allowed keys") -> String {
        let scored = allowed.map { ($0, editDistance($0, key)) }.min { $0.1 < $1.1 }
        if let (best, distance) = scored, distance <= max(2, key.count / 3) { return "did you mean `\(best)`?" }
        return "\(label): " + allowed.joined(separator: ", ")
    }

    /// Levenshtein distance between two short strings.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension String {
    /// The string without leading and trailing characters from `set` (plain Swift: Foundation's
    /// NSString-bridged trimming made parsing a lesson several milliseconds slower).
    func trimmed(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
