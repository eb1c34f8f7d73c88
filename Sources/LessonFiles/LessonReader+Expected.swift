import CNNEngine
import LessonModel
import LessonText
import Yams

extension LessonReader {
    /// Reads `expected:`: whole result tensors and single `cells`, checking their shapes (not their values) where
    /// the results' shapes are known.
    mutating func expectedValues(_ node: Node?, results: ResultShapes) -> [ExpectedValue] {
        guard let node, let fields = mapping(node, named: "expected", allowed: LessonFormat.expectedKeys) else { return [] }
        var values: [ExpectedValue] = []
        for key in ResultKey.allCases {
            guard let tensorNode = fields[key.rawValue] else { continue }
            guard results.computed.contains(key) else {
                error("this lesson computes no \(key.rawValue)", at: tensorNode, hint: results.hint)
                continue
            }
            guard let parsed = tensor(tensorNode, named: "expected.\(key.rawValue)", ranks: 1...4), let shape = results.shapes[key] else {
                continue
            }
            let padded = parsed.padded(toRank: shape.count)
            guard padded.shape == shape || Self.sameIgnoringUnitAxes(padded.shape, shape) else {
                error(
                    "expected.\(key.rawValue) is \(Self.format(padded.shape)) but the lesson computes \(Self.format(shape))", at: tensorNode
                )
                continue
            }
            for (flat, value) in padded.values.enumerated() {
                values.append(
                    ExpectedValue(
                        result: key, index: Tensor.index(ofFlat: flat, in: shape), value: value, location: padded.locations[flat]))
            }
        }
        if let cellsNode = fields["cells"], let cells = sequence(cellsNode, named: "expected.cells") {
            values += cells.compactMap { expectedCell($0, results: results) }
        }
        return values
    }

    private mutating func expectedCell(_ node: Node, results: ResultShapes) -> ExpectedValue? {
        guard let fields = mapping(node, named: "an expected cell", allowed: ["result", "at", "value"]) else { return nil }
        let resultName = fields["result"].flatMap { string($0, named: "result") } ?? "output"
        guard let key = ResultKey(rawValue: resultName), results.computed.contains(key) else {
            error("this lesson computes no `\(resultName)`", at: fields["result"] ?? node, hint: results.hint)
            return nil
        }
        guard let atNode = fields["at"], let valueNode = fields["value"] else {
            error("an expected cell needs `at` (1-based position) and `value`", at: node)
            return nil
        }
        let position = cellPosition(atNode, in: results.shapes[key], of: key)
        let location = Self.location(of: valueNode)
        guard let value = valueNode.scalar.flatMap({ number($0.string, at: location, named: "value") }) else {
            if valueNode.scalar == nil { error("value must be a number", at: valueNode) }
            return nil
        }
        return position.map { ExpectedValue(result: key, index: $0, value: value, location: location) }
    }

    /// The 0-based index `at:` names in a result of `shape`: 1-based numbers for every axis, of which leading axes of
    /// size 1 may be left out but never the row or the column. Nil, with an error, when it names no cell; nil after
    /// reading its numbers when the shape is unknown.
    private mutating func cellPosition(_ node: Node, in shape: [Int]?, of key: ResultKey) -> [Int]? {
        guard let items = sequence(node, named: "at") else { return nil }
        let numbers = items.map { integer($0, named: "at", range: 1...Int.max) }
        let position = numbers.compactMap { $0 }
        guard position.count == numbers.count, let shape else { return nil }
        let counts = Self.cellPositionCounts(shape)
        let index = Array(repeating: 0, count: max(0, shape.count - position.count)) + position.map { $0 - 1 }
        guard counts.contains(position.count), zip(index, shape).allSatisfy({ $0 < $1 }) else {
            let forms = counts.map { "[" + Self.axisNames(of: key).suffix($0).joined(separator: ", ") + "]" }
            error(
                "`at: [\(position.map(String.init).joined(separator: ", "))]` does not name a cell of \(key.rawValue), which is "
                    + "\(Self.format(shape)): write \(forms.joined(separator: " or ")), counting from 1",
                at: node, hint: "e.g. `at: [\(Array(repeating: "1", count: counts.lowerBound).joined(separator: ", "))]` for the first cell"
            )
            return nil
        }
        return index
    }

    /// How many numbers `at` may have for a result of `shape`: all its axes, or without leading axes of size 1,
    /// but at least row and column (or the one axis of a bias gradient).
    static func cellPositionCounts(_ shape: [Int]) -> ClosedRange<Int> {
        CellReference.positionCounts(shape)
    }

    /// The names of a result's axes, outermost first, as `at` lists them.
    static func axisNames(of key: ResultKey) -> [String] {
        switch key {
        case .output, .gradInput: return ["channel", "row", "column"]
        case .gradFilters: return ["filter", "channel", "row", "column"]
        case .gradBias: return ["filter"]
        case .losses: return ["iteration"]
        }
    }

    /// Whether two shapes differ only by axes of size 1 (a 1×1 block for a single bias gradient).
    static func sameIgnoringUnitAxes(_ a: [Int], _ b: [Int]) -> Bool {
        a.filter { $0 != 1 } == b.filter { $0 != 1 }
    }
}
