import CNNEngine
import LessonModel
import LessonText
import Yams

/// A stage's parameters as read from the file, before the engine checks them against the input.
struct StageDraft {
    /// The operation the stage names.
    let kind: OperationKind
    /// Where `op:` is written.
    var operationNode: Node?
    /// Filters as written (conv2d).
    var filters: ParsedTensor?
    /// Where `filters:` is written.
    var filtersNode: Node?
    /// Bias as written.
    var bias: ParsedTensor?
    /// Where `bias:` is written.
    var biasNode: Node?
    /// Stride (default 1 for conv, the window for pooling).
    var stride: Pair?
    /// Padding rule (default valid).
    var padding: PaddingRule = .valid
    /// Where `padding:` is written.
    var paddingNode: Node?
    /// Dilation (default 1).
    var dilation = Pair(1)
    /// Pooling window.
    var size: Pair?
    /// Where `size:` is written.
    var sizeNode: Node?
    /// Narration for this stage's phases.
    var narration: [String: String] = [:]
    /// Whether a stride, padding, dilation, size or ceil mode is written but could not be read: the stage's windows,
    /// and so its output shape, are then unknown, and nothing is checked against them.
    var hasUnreadableGeometry = false
    /// A linear layer's weight `[Out][In]`, as written.
    var weight: ParsedTensor?
    /// Where `weight:` is written.
    var weightNode: Node?
    /// A loss's target: a class index or a tensor shaped like the prediction.
    var target: ParsedTensor?
    /// Where `target:` is written.
    var targetNode: Node?
    /// Convolution groups (default 1).
    var groups = 1
    /// A transposed convolution's `output_padding` (default 0).
    var outputPadding = Pair(0)
    /// Pooling's `ceil_mode` (default false).
    var ceilMode = false
    /// Pooling's `count_include_pad` (default true).
    var countIncludePad = true
    /// The filters a learning target is made with, as written.
    var targetFilter: ParsedTensor?
    /// Where `target_filter:` is written.
    var targetFilterNode: Node?
    /// The seed of a learned filter's starting values.
    var seed: Int?
    /// Where `seed:` is written.
    var seedNode: Node?
    /// A loop's learning rate η.
    var learningRate: Double?
    /// Where `learning_rate:` is written.
    var learningRateNode: Node?
    /// A loop's number of iterations.
    var iterations: Int?
    /// Where `iterations:` is written.
    var iterationsNode: Node?

    /// `conv2d`, `relu`, … as the file writes it.
    var operation: String { kind.rawValue }
}

extension LessonReader {
    /// Reads the parameters of one stage from a mapping, reporting parameters that do not apply.
    mutating func stageDraft(_ fields: [String: Node], kind: OperationKind, operationNode: Node?) -> StageDraft {
        var draft = StageDraft(kind: kind, operationNode: operationNode)
        let applicable = kind.parameterKeys
        for key in OperationKind.allParameterKeys where fields[key] != nil && !applicable.contains(key) {
            error("`\(key)` does not apply to \(kind.rawValue)", at: fields[key], hint: Self.parameterHint(kind))
        }
        if let node = fields["filters"], applicable.contains("filters") {
            if kind == .conv2d && Self.namesNetworkFile(node) {
                readFromNetwork(node, layer: .convolution, named: "filters", bias: fields["bias"], into: &draft)
            } else {
                draft.filters = filters(node)
            }
            draft.filtersNode = node
        }
        if let node = fields["bias"], applicable.contains("bias"), draft.bias == nil {
            draft.bias = bias(node)
            draft.biasNode = node
        }
        if let node = fields["stride"], applicable.contains("stride") {
            draft.stride = pair(node, named: "stride", range: 1...LessonLimits.geometry)
            draft.hasUnreadableGeometry = draft.hasUnreadableGeometry || draft.stride == nil
        }
        if let node = fields["padding"], applicable.contains("padding") {
            let padding = padding(node)
            draft.padding = padding ?? .valid
            draft.paddingNode = node
            draft.hasUnreadableGeometry = draft.hasUnreadableGeometry || padding == nil
        }
        if let node = fields["dilation"], applicable.contains("dilation") {
            let dilation = pair(node, named: "dilation", range: 1...LessonLimits.geometry)
            draft.dilation = dilation ?? Pair(1)
            draft.hasUnreadableGeometry = draft.hasUnreadableGeometry || dilation == nil
        }
        if let node = fields["size"], applicable.contains("size") {
            draft.size = pair(node, named: "size", range: 1...LessonLimits.kernelSize)
            draft.sizeNode = node
            draft.hasUnreadableGeometry = draft.hasUnreadableGeometry || draft.size == nil
        }
        readLayerParameters(fields, applicable: applicable, into: &draft)
        readLearningParameters(fields, applicable: applicable, into: &draft)
        if let node = fields["narration"] { draft.narration = narration(node) }
        return draft
    }

    /// A layer's weights and biases from a weights file (`{network: PATH}` under `filters` or `weight`); a `bias`
    /// written beside it is refused, since the file gives the biases too.
    private mutating func readFromNetwork(
        _ node: Node, layer: NetworkLayer, named name: String, bias biasNode: Node?, into draft: inout StageDraft
    ) {
        if let biasNode {
            error("`bias` comes from the weights file with `\(name)`", at: biasNode, hint: "remove `bias`, or write `\(name)` as numbers")
        }
        guard let parameters = networkParameters(node, layer: layer, named: name) else { return }
        switch layer {
        case .convolution: draft.filters = parameters.weights
        case .dense: draft.weight = parameters.weights
        }
        draft.bias = parameters.bias
        draft.biasNode = node
    }

    /// `weight`, `target`, `groups`, `ceil_mode` and `count_include_pad`, where they apply.
    private mutating func readLayerParameters(_ fields: [String: Node], applicable: [String], into draft: inout StageDraft) {
        if let node = fields["weight"], applicable.contains("weight") {
            // A linear layer's [Out][In] (or the dense layer of a weights file); a transposed convolution's
            // [C][F/groups][KH][KW], written like filters.
            if draft.kind == .linear && Self.namesNetworkFile(node) {
                readFromNetwork(node, layer: .dense, named: "weight", bias: fields["bias"], into: &draft)
            } else {
                draft.weight =
                    draft.kind == .convTranspose2d
                    ? filters(node, named: "weight")?.padded(toRank: 4) : tensor(node, named: "weight", ranks: 1...2)?.padded(toRank: 2)
            }
            draft.weightNode = node
        }
        if let node = fields["output_padding"], applicable.contains("output_padding") {
            draft.outputPadding = pair(node, named: "output_padding", range: 0...LessonLimits.geometry) ?? Pair(0)
        }
        if let node = fields["target"], applicable.contains("target") {
            draft.target = tensor(node, named: "target", ranks: 1...3)
            draft.targetNode = node
        }
        if let node = fields["groups"], applicable.contains("groups") {
            draft.groups = integer(node, named: "groups", range: 1...LessonLimits.channels) ?? 1
        }
        if let node = fields["ceil_mode"], applicable.contains("ceil_mode") {
            let ceilMode = boolean(node)
            draft.ceilMode = ceilMode ?? false
            draft.hasUnreadableGeometry = draft.hasUnreadableGeometry || ceilMode == nil
        }
        if let node = fields["count_include_pad"], applicable.contains("count_include_pad") {
            draft.countIncludePad = boolean(node) ?? true
        }
    }

    /// Filters: nested lists `[F][C][KH][KW]`, `[C][KH][KW]` or `[KH][KW]`, a block string (channels split by
    /// blank lines: one filter), or a list of block strings (one filter each).
    mutating func filters(_ node: Node, named name: String = "filters") -> ParsedTensor? {
        guard case .sequence(let items) = node, !items.isEmpty, items.allSatisfy({ $0.scalar?.string.contains("\n") ?? false }) else {
            return tensor(node, named: name, ranks: 2...4)
        }
        let parsed = items.map { tensor($0, named: name, ranks: 2...3)?.padded(toRank: 3) }
        let present = parsed.compactMap { $0 }
        guard present.count == parsed.count else { return nil }
        guard let stacked = ParsedTensor.stack(present) else {
            error("\(name): every filter needs the same shape", at: node, hint: "give each filter the same channels and kernel size")
            return nil
        }
        return stacked
    }

    /// The narration mapping: phase key → text, or phase key → `{text, steps: {"1": …, "2-4": …}}` for words
    /// that belong to some steps only (stored under `Lesson.stepNarrationKey`).
    mutating func narration(_ node: Node) -> [String: String] {
        guard let fields = mapping(node, named: "narration", allowed: LessonFormat.narrationKeys) else { return [:] }
        var result: [String: String] = [:]
        for (key, value) in fields {
            guard case .mapping = value else {
                result[key] = prose(value, named: "narration.\(key)")
                continue
            }
            guard let parts = mapping(value, named: "narration.\(key)", allowed: ["text", "steps"]) else { continue }
            if let text = parts["text"] { result[key] = prose(text, named: "narration.\(key).text") }
            if let steps = parts["steps"] { result.merge(stepNarration(steps, phase: key)) { $1 } }
        }
        return result
    }

    /// `"1": …`, `"2-4": …`: narration for steps (1-based, inclusive ranges) of phase `phase`.
    private mutating func stepNarration(_ node: Node, phase: String) -> [String: String] {
        guard case .mapping(let entries) = node else {
            error("narration.\(phase).steps must map step numbers to text", at: node, hint: "e.g. `\"2-4\": The window reaches the edge.`")
            return [:]
        }
        var result: [String: String] = [:]
        for (keyNode, value) in entries {
            let written = keyNode.scalar?.string ?? ""
            guard let range = Lesson.stepRange(written) else {
                error(
                    "`\(written)` is not a step or a range of steps", at: keyNode,
                    hint: "write a step number from 1, or a range such as `2-4`")
                continue
            }
            result[Lesson.stepNarrationKey(phase: phase, steps: range)] = prose(value, named: "narration.\(phase).steps")
        }
        return result
    }

    private static func parameterHint(_ kind: OperationKind) -> String {
        let parameters = kind.parameterKeys
        let name = kind.rawValue
        return parameters.isEmpty ? "\(name) takes no parameters" : "\(name) takes: " + parameters.joined(separator: ", ")
    }
}
