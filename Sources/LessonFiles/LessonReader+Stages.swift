import CNNEngine
import LessonModel
import LessonText
import Yams

extension LessonReader {
    /// Reads `input`, the first operation and any `then:` chain, and checks each with the engine. After a stage
    /// fails, the stages after it are still checked, against its output shape when that is known (their values no
    /// longer matter, so their input is zeros of that shape).
    mutating func computationStages(_ fields: [String: Node], first: StageDraft?, root: Node) -> StageChain {
        let drafts = [first] + thenDrafts(fields["then"])
        var chain = StageChain(drafts: drafts)
        guard let inputNode = fields["input"] else {
            error("missing `input`", at: root, hint: "write the input matrix as rows of numbers under `input: |`")
            return chain
        }
        guard let input = lessonInput(inputNode) else { return chain }
        chain.inputShape = input.shape
        var values: Tensor? = input, shape: [Int]? = input.shape
        for (position, draft) in drafts.enumerated() {
            guard let inputShape = shape else { break }
            let isLast = position == drafts.count - 1
            guard let draft, !draft.hasUnreadableGeometry else {
                (values, shape) = (nil, nil)
                break
            }
            guard let stage = stage(from: draft, input: values ?? Tensor(zeros: inputShape)) else {
                (values, shape) = (nil, draft.kind.format.outputShape(draft, inputShape: inputShape))
                continue
            }
            chain.built[position] = stage
            shape = stage.forward?.resultShape
            // Only a following stage needs this one's whole output; the last stage's cells are computed on demand.
            if isLast || values == nil { values = nil } else { values = stage.forward?.result() }
        }
        chain.outputShape = shape
        return chain
    }

    /// The drafts of the stages under `then:`, nil for a stage that is not a mapping or names no usable op (reported).
    private mutating func thenDrafts(_ node: Node?) -> [StageDraft?] {
        guard let node, let items = sequence(node, named: "then") else { return [] }
        return items.map { thenDraft($0) }
    }

    private mutating func thenDraft(_ item: Node) -> StageDraft? {
        guard let stageFields = mapping(item, named: "a `then` stage", allowed: LessonFormat.stageKeys) else { return nil }
        guard let opNode = stageFields["op"] else {
            error("a `then` stage needs `op`", at: item, hint: "one of: " + OperationKind.chainedNames.joined(separator: ", "))
            return nil
        }
        guard let kind = operationKind(opNode, among: OperationKind.allCases.filter { $0.format.canFollow }) else { return nil }
        return stageDraft(stageFields, kind: kind, operationNode: opNode)
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

    /// `input`: numbers, or a picture (`{image: …}`), as a vector or a `[C][H][W]` tensor within the limits.
    private mutating func lessonInput(_ node: Node) -> Tensor? {
        if case .mapping = node { return imageInput(node) }
        guard let parsedInput = tensor(node, named: "input", ranks: 1...3) else { return nil }
        // A list of numbers is a vector (for linear, softmax and losses); rows make a [1][H][W] image.
        let input = parsedInput.shape.count == 1 ? parsedInput : parsedInput.padded(toRank: 3)
        guard checkInputLimits(input.shape, node: node) else { return nil }
        return input.tensor()
    }

    /// Whether an input of `shape` is within the limits; if not, says so at `node` (with `hint`).
    mutating func checkInputLimits(_ shape: [Int], node: Node, hint: String? = nil) -> Bool {
        if shape.count == 1 {
            guard shape[0] > LessonLimits.elements else { return true }
            error("input has \(shape[0]) values; the limit is \(LessonLimits.elements)", at: node, hint: hint)
        } else if shape[0] > LessonLimits.channels {
            error("input has \(shape[0]) channels; the limit is \(LessonLimits.channels)", at: node, hint: hint)
        } else if shape[1] > LessonLimits.spatialSize || shape[2] > LessonLimits.spatialSize {
            error("input is \(shape[1])×\(shape[2]); the limit is \(LessonLimits.spatialSize) per side", at: node, hint: hint)
        } else if shape.reduce(1, *) > LessonLimits.elements {
            error("input has \(shape.reduce(1, *)) values; the limit is \(LessonLimits.elements)", at: node, hint: hint)
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

    /// `grad_output`, shaped like the last stage's output (checked when that shape is known). A lesson ending in a
    /// loss needs none: its backward pass starts from dL/dL = 1.
    mutating func gradOutput(_ node: Node?, chain: StageChain, isImage: Bool) -> Tensor? {
        if chain.endsInLoss {
            if let node { error("a lesson that ends in a loss computes dL/dO itself", at: node, hint: "remove `grad_output`") }
            return Tensor(shape: [1]) { _ in 1 }
        }
        guard let node else { return nil }
        if isImage {
            error("`grad_output` does not apply to an image lesson", at: node)
            return nil
        }
        guard let written = tensor(node, named: "grad_output", ranks: 1...3), let expectedShape = chain.outputShape else { return nil }
        // A vector's gradient may be written as one row or one column.
        let parsed =
            expectedShape.count == 1 && written.values.count == expectedShape[0]
            ? ParsedTensor(shape: expectedShape, values: written.values, locations: written.locations)
            : written.padded(toRank: 3)
        guard parsed.shape == expectedShape else {
            error(
                "grad_output is \(Self.format(parsed.shape)) but the output it is the gradient of is \(Self.format(expectedShape))",
                at: node, hint: "dL/dO has one value per output cell")
            return nil
        }
        return parsed.tensor()
    }
}
