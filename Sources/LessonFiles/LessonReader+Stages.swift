import CNNEngine
import LessonModel
import LessonText
import Yams

extension LessonReader {
    /// Reads `input`, the first operation and any `then:` chain, and checks each with the engine.
    mutating func computationStages(_ fields: [String: Node], first: StageDraft, root: Node) -> [LessonStage]? {
        guard let inputNode = fields["input"] else {
            error("missing `input`", at: root, hint: "write the input matrix as rows of numbers under `input: |`")
            return nil
        }
        var drafts = [first]
        if let thenNode = fields["then"], let items = sequence(thenNode, named: "then") {
            for item in items {
                guard let stageFields = mapping(item, named: "a `then` stage", allowed: LessonFormat.stageKeys) else { continue }
                guard let opNode = stageFields["op"] else {
                    error("a `then` stage needs `op`", at: item, hint: "one of: " + OperationKind.chainedNames.joined(separator: ", "))
                    continue
                }
                guard let kind = operationKind(opNode, among: OperationKind.allCases.filter { $0.format.canFollow }) else { continue }
                drafts.append(stageDraft(stageFields, kind: kind, operationNode: opNode))
            }
        }
        guard let parsedInput = tensor(inputNode, named: "input", ranks: 2...3) else { return nil }
        let input = parsedInput.padded(toRank: 3)
        guard checkInputLimits(input.shape, node: inputNode), var current = input.tensor() else { return nil }
        var stages: [LessonStage] = []
        for (position, draft) in drafts.enumerated() {
            guard let stage = stage(from: draft, input: current) else { return nil }
            stages.append(stage)
            // Only a following stage needs this one's whole output; the last stage's cells are computed on demand.
            guard position < drafts.count - 1 else { break }
            guard let next = stage.forward?.result() else { return nil }
            current = next
        }
        return stages
    }

    /// The operation `op:` names, if it is one of `allowed`; otherwise nil with an error that repeats the value.
    mutating func operationKind(_ node: Node, among allowed: [OperationKind]) -> OperationKind? {
        guard let name = string(node, named: "op") else { return nil }
        let names = allowed.map(\.rawValue)
        switch OperationKind(rawValue: name) {
        case .some(let kind) where allowed.contains(kind):
            return kind
        case .some:
            error("`\(name)` cannot follow another stage", at: node, hint: "under `then:` use one of: " + names.joined(separator: ", "))
        case .none:
            error("unknown op `\(name)`", at: node, hint: Self.suggestion(for: name, among: names, listedAs: "one of"))
        }
        return nil
    }

    private mutating func checkInputLimits(_ shape: [Int], node: Node) -> Bool {
        if shape[0] > LessonLimits.channels {
            error("input has \(shape[0]) channels; the limit is \(LessonLimits.channels)", at: node)
        } else if shape[1] > LessonLimits.spatialSize || shape[2] > LessonLimits.spatialSize {
            error("input is \(shape[1])×\(shape[2]); the limit is \(LessonLimits.spatialSize) per side", at: node)
        } else if shape.reduce(1, *) > LessonLimits.elements {
            error("input has \(shape.reduce(1, *)) values; the limit is \(LessonLimits.elements)", at: node)
        } else {
            return true
        }
        return false
    }

    private mutating func stage(from draft: StageDraft, input: Tensor) -> LessonStage? {
        draft.kind.format.stage(draft, input: input, reader: &self)
    }

    /// An engine shape error, placed at the key it is about.
    mutating func report(_ shapeError: ShapeError, draft: StageDraft) {
        let node: Node?
        var hint: String?
        switch shapeError {
        case .channelMismatch(let inputChannels, _):
            node = draft.filtersNode
            hint = "give each filter \(inputChannels) channel(s), separated by blank lines"
        case .biasMismatch:
            node = draft.biasNode
            hint = "write one number for all filters, or a list with one per filter"
        case .kernelLargerThanInput:
            // The engine's message already says to add padding or use a smaller kernel.
            node = draft.filtersNode ?? draft.sizeNode
        case .poolPaddingTooLarge, .negativePadding:
            node = draft.paddingNode
        default:
            node = draft.operationNode
        }
        error("\(draft.operation): \(shapeError)", at: node ?? draft.operationNode, hint: hint)
    }

    /// `grad_output`, shaped like the last stage's output.
    mutating func gradOutput(_ fields: [String: Node], stages: [LessonStage]) -> Tensor?? {
        guard let node = fields["grad_output"] else { return .some(nil) }
        guard let expectedShape = stages.last?.forward?.resultShape else { return nil }
        if case .image = stages.first {
            error("`grad_output` does not apply to an image lesson", at: node)
            return nil
        }
        guard let parsed = tensor(node, named: "grad_output", ranks: 2...3)?.padded(toRank: 3) else { return nil }
        guard parsed.shape == expectedShape else {
            error(
                "grad_output is \(Self.format(parsed.shape)) but the output it is the gradient of is \(Self.format(expectedShape))",
                at: node, hint: "dL/dO has one value per output cell")
            return nil
        }
        return .some(parsed.tensor())
    }
}
