/// A cell of one of a lesson's results as instructors and students write it: `output[1,3]`,
/// `grad_input[2,3]`, `grad_filters[1,1,2,2]`, `grad_bias[2]`, or just `[1,3]` for the output. Positions are
/// 1-based, as `at:` in answer keys; leading axes of size 1 may be left out.
public struct CellReference: Sendable, Hashable, CustomStringConvertible {
    /// The result the cell belongs to.
    public let result: ResultKey
    /// The position as written, 1-based, trailing axes last (`[row, column]` or `[channel, row, column]`).
    public let position: [Int]

    /// A reference to `position` (1-based) of `result`.
    public init(result: ResultKey, position: [Int]) {
        self.result = result
        self.position = position
    }

    /// The shortest reference to a 0-based `index` of a result shaped `shape`: leading axes of one entry left out.
    public init(result: ResultKey, index: [Int], shape: [Int]) {
        let kept = zip(index, shape).drop { $0.0 == 0 && $0.1 == 1 }.map { $0.0 + 1 }
        let spatial = min(2, index.count)
        let position = kept.count >= spatial ? kept : index.suffix(spatial).map { $0 + 1 }
        self.init(result: result, position: position)
    }

    /// Reads `output[1,3]`, `grad_input[ 2, 3 ]` or `[1,3]` (the output); nil when the text is not a reference.
    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces
        guard let open = trimmed.firstIndex(of: "["), trimmed.last == "]" else { return nil }
        let name = String(trimmed[..<open]).trimmingSpaces
        guard let result = name.isEmpty ? .output : ResultKey(rawValue: name) else { return nil }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let numbers = inside.split(whereSeparator: { $0 == "," || $0 == " " }).map { Int($0) }
        guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) else { return nil }
        self.init(result: result, position: numbers.compactMap { $0 })
    }

    /// `output[1,3]`.
    public var description: String {
        "\(result.rawValue)[" + position.map(String.init).joined(separator: ",") + "]"
    }

    /// The 0-based index it names in a result shaped `shape`, or nil when it names no cell of it. As for `at:` in
    /// answer keys, leading axes of size 1 may be left out (see `positionCounts`).
    public func index(in shape: [Int]) -> [Int]? {
        guard Self.positionCounts(shape).contains(position.count) else { return nil }
        let index = Array(repeating: 0, count: shape.count - position.count) + position.map { $0 - 1 }
        guard zip(index, shape).allSatisfy({ $0 >= 0 && $0 < $1 }) else { return nil }
        return index
    }

    /// How many numbers a position in a result of `shape` may have: all its axes, or without leading axes of size 1,
    /// but at least row and column (or the one axis of a bias gradient).
    public static func positionCounts(_ shape: [Int]) -> ClosedRange<Int> {
        let leadingUnits = shape.prefix { $0 == 1 }.count
        return min(shape.count, max(2, shape.count - leadingUnits))...shape.count
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
