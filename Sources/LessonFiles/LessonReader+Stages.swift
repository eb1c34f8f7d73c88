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
                guard let opNode = stageFields["op"], let operation = string(opNode, named: "op"),
                    let kind = OperationKind(rawValue: operation), kind.format.canFollow
                else {
                    error("a `then` stage needs `op`", at: item, hint: "one of: " + OperationKind.chainedNames.joined(separator: ", "))
                    continue
                }
                drafts.append(stageDraft(stageFields, kind: kind, operationNode: opNode))
            }
        }
        guard let parsedInput = tensor(inputNode, named: "input", ranks: 1...3) else { return nil }
        // A list of numbers is a vector (for linear, softmax and losses); rows make a [1][H][W] image.
        let input = parsedInput.shape.count == 1 ? parsedInput : parsedInput.padded(toRank: 3)
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

    private mutating func checkInputLimits(_ shape: [Int], node: Node) -> Bool {
        if shape.count == 1 {
            guard shape[0] > LessonLimits.elements else { return true }
            error("input has \(shape[0]) values; the limit is \(LessonLimits.elements)", at: node)
        } else if shape[0] > LessonLimits.channels {
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
        case .groupChannelMismatch(let inputChannels, let groups, _):
            node = draft.filtersNode
            hint = "with groups: \(groups) each filter has \(inputChannels / max(groups, 1)) channel(s)"
        case .biasMismatch, .denseBiasMismatch:
            node = draft.biasNode
            hint = "write one number for all outputs, or a list with one per output"
        case .kernelLargerThanInput:
            // The engine's message already says to add padding or use a smaller kernel.
            node = draft.filtersNode ?? draft.sizeNode
        case .poolPaddingTooLarge, .negativePadding:
            node = draft.paddingNode
        case .weightColumnsMismatch(let inputCount, _):
            node = draft.weightNode
            hint = "give each row of weight \(inputCount) number(s), one per input value"
        case .targetShapeMismatch, .targetClassOutOfRange, .targetNotOneHot:
            node = draft.targetNode
        case .nonPositiveGroups, .channelsNotDivisibleByGroups, .filtersNotDivisibleByGroups, .emptyDimension, .ragged,
            .scalarCountMismatch, .rankMismatch, .nonPositiveStride, .nonPositiveDilation, .nonPositiveWindow,
            .gradientShapeMismatch, .transposedChannelMismatch, .negativeOutputPadding, .outputPaddingTooLarge,
            .nonPositiveTransposedOutput:
            node = draft.operationNode
        }
        error("\(draft.operation): \(shapeError)", at: node ?? draft.operationNode, hint: hint)
    }

    /// `grad_output`, shaped like the last stage's output.
    /// A lesson ending in a loss needs none: its backward pass starts from dL/dL = 1.
    mutating func gradOutput(_ fields: [String: Node], stages: [LessonStage]) -> Tensor?? {
        if stages.last?.isLoss ?? false {
            if let node = fields["grad_output"] {
                error("a lesson that ends in a loss computes dL/dO itself", at: node, hint: "remove `grad_output`")
                return nil
            }
            return .some(Tensor(shape: [1]) { _ in 1 })
        }
        guard let node = fields["grad_output"] else { return .some(nil) }
        guard let expectedShape = stages.last?.forward?.resultShape else { return nil }
        if case .image = stages.first {
            error("`grad_output` does not apply to an image lesson", at: node)
            return nil
        }
        guard let written = tensor(node, named: "grad_output", ranks: 1...3) else { return nil }
        // A vector's gradient may be written as one row or one column.
        let parsed = expectedShape.count == 1 && written.values.count == expectedShape[0]
            ? ParsedTensor(shape: expectedShape, values: written.values, locations: written.locations)
            : written.padded(toRank: 3)
        guard parsed.shape == expectedShape else {
            error(
                "grad_output is \(Self.format(parsed.shape)) but the output it is the gradient of is \(Self.format(expectedShape))",
                at: node, hint: "dL/dO has one value per output cell")
            return nil
        }
        return .some(parsed.tensor())
    }
}
