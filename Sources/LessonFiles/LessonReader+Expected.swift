import CNNEngine
import LessonModel
import LessonText
import Yams

extension LessonReader {
    /// Reads `expected:`: whole result tensors and single `cells`, checking their shapes (not their values).
    mutating func expectedValues(_ node: Node?, stages: [LessonStage], hasBackward: Bool) -> [ExpectedValue] {
        guard let node, let fields = mapping(node, named: "expected", allowed: LessonFormat.expectedKeys) else { return [] }
        let shapes = Self.resultShapes(stages: stages, hasBackward: hasBackward)
        var values: [ExpectedValue] = []
        for key in ResultKey.allCases {
            guard let tensorNode = fields[key.rawValue] else { continue }
            guard let shape = shapes[key] else {
                error("this lesson computes no \(key.rawValue)", at: tensorNode, hint: Self.availableHint(shapes))
                continue
            }
            guard let parsed = tensor(tensorNode, named: "expected.\(key.rawValue)", ranks: 1...4)?.padded(toRank: shape.count) else {
                continue
            }
            guard parsed.shape == shape || Self.sameIgnoringUnitAxes(parsed.shape, shape) else {
                error("expected.\(key.rawValue) is \(Self.format(parsed.shape)) but the lesson computes \(Self.format(shape))", at: tensorNode)
                continue
            }
            for (flat, value) in parsed.values.enumerated() {
                values.append(ExpectedValue(
                    result: key, index: Tensor.index(ofFlat: flat, in: shape), value: value, location: parsed.locations[flat]))
            }
        }
        if let cellsNode = fields["cells"], let cells = sequence(cellsNode, named: "expected.cells") {
            values += cells.compactMap { expectedCell($0, shapes: shapes) }
        }
        return values
    }

    private mutating func expectedCell(_ node: Node, shapes: [ResultKey: [Int]]) -> ExpectedValue? {
        guard let fields = mapping(node, named: "an expected cell", allowed: ["result", "at", "value"]) else { return nil }
        let resultName = fields["result"].flatMap { string($0, named: "result") } ?? "output"
        guard let key = ResultKey(rawValue: resultName), let shape = shapes[key] else {
            error("this lesson computes no `\(resultName)`", at: fields["result"] ?? node, hint: Self.availableHint(shapes))
            return nil
        }
        guard let atNode = fields["at"], let valueNode = fields["value"] else {
            error("an expected cell needs `at` (1-based position) and `value`", at: node)
            return nil
        }
        let position = (sequence(atNode, named: "at") ?? []).compactMap { integer($0, named: "at", range: 1...Int.max) }
        let location = Self.location(of: valueNode)
        guard let value = valueNode.scalar.flatMap({ number($0.string, at: location, named: "value") }) else {
            if valueNode.scalar == nil { error("value must be a number", at: valueNode) }
            return nil
        }
        let index = Array(repeating: 0, count: max(0, shape.count - position.count)) + position.map { $0 - 1 }
        guard position.count >= 1, index.count == shape.count, zip(index, shape).allSatisfy({ $0 >= 0 && $0 < $1 }) else {
            error(
                "`at` must name a cell of \(key.rawValue), which is \(Self.format(shape)) (1-based)", at: atNode,
                hint: "e.g. `at: [1, 1]` for the top-left cell")
            return nil
        }
        return ExpectedValue(result: key, index: index, value: value, location: location)
    }

    /// Whether two shapes differ only by axes of size 1 (a 1×1 block for a single bias gradient).
    static func sameIgnoringUnitAxes(_ a: [Int], _ b: [Int]) -> Bool {
        a.filter { $0 != 1 } == b.filter { $0 != 1 }
    }

    /// The shape of each result a lesson computes.
    static func resultShapes(stages: [LessonStage], hasBackward: Bool) -> [ResultKey: [Int]] {
        if let looping = stages.first?.operation as? any LoopingOperation { return looping.loopResultShapes }
        var shapes: [ResultKey: [Int]] = [:]
        if let output = stages.last?.forward?.resultShape { shapes[.output] = output }
        guard hasBackward else { return shapes }
        if let input = stages.first?.input { shapes[.gradInput] = input.shape }
        // dL/dW and dL/db of the first stage with parameters, shaped like them.
        if let learning = stages.first(where: { $0.operation.hasLearnableParameters }) {
            let parameters = learning.operation.parameterShapes
            shapes[.gradFilters] = parameters[.gradFilters]
            shapes[.gradBias] = parameters[.gradBias]
        }
        return shapes
    }

    private static func availableHint(_ shapes: [ResultKey: [Int]]) -> String {
        "it computes: " + ResultKey.allCases.filter { shapes[$0] != nil }.map(\.rawValue).joined(separator: ", ")
    }

}
