import CNNEngine
import LessonModel
import LessonText
import Yams

extension LessonReader {
    /// Reads `input_shape: [H, W, C]` and `layers:` into a layer stack, checking that each layer fits; a layer that
    /// does not is reported at the key its problem is about (`groups`, `padding`, …).
    mutating func architecture(_ fields: [String: Node], root: Node) -> LayerStack? {
        guard let shapeNode = fields["input_shape"], let layersNode = fields["layers"] else {
            error("an architecture lesson needs `input_shape: [H, W, C]` and `layers`", at: root)
            return nil
        }
        let shape = (sequence(shapeNode, named: "input_shape") ?? []).compactMap {
            integer($0, named: "input_shape", range: 1...LessonLimits.spatialSize)
        }
        guard shape.count == 3 else {
            error("input_shape must be [height, width, channels]", at: shapeNode)
            return nil
        }
        guard let items = sequence(layersNode, named: "layers") else { return nil }
        guard items.count <= LessonLimits.layers else {
            error("\(items.count) layers; the limit is \(LessonLimits.layers)", at: layersNode)
            return nil
        }
        var layers: [(name: String, spec: LayerSpec)] = []
        var layerFields: [[String: Node]] = []
        for item in items {
            guard let fields = mapping(item, named: "a layer", allowed: LessonFormat.layerKeys), let layer = layer(fields, node: item)
            else { return nil }
            layers.append(layer)
            layerFields.append(fields)
        }
        let stack = LayerStack(input: shape, layers: layers)
        do {
            _ = try stack.rows()
        } catch {
            let failing = layers.firstIndex { $0.name == error.layer }
            let node = failing.map { layerFields[$0][Self.layerKey(for: error.reason)] ?? items[$0] }
            self.error("layer \(error)", at: node ?? layersNode, hint: Self.layerHint(for: error.reason))
            return nil
        }
        return stack
    }

    /// The key of a layer that a shape problem is about; `type` when it is about the layer as a whole.
    private static func layerKey(for reason: ShapeError) -> String {
        switch reason {
        case .nonPositiveGroups, .channelsNotDivisibleByGroups, .filtersNotDivisibleByGroups, .groupChannelMismatch:
            return "groups"
        case .kernelLargerThanInput, .nonPositiveWindow:
            return "size"
        case .poolPaddingTooLarge, .negativePadding, .nonPositiveTransposedOutput:
            return "padding"
        case .negativeOutputPadding, .outputPaddingTooLarge:
            return "output_padding"
        case .nonPositiveStride:
            return "stride"
        case .nonPositiveDilation:
            return "dilation"
        case .emptyDimension:
            return "units"
        case .ragged, .scalarCountMismatch, .rankMismatch, .channelMismatch, .transposedChannelMismatch, .biasMismatch,
            .gradientShapeMismatch, .weightColumnsMismatch, .denseBiasMismatch, .targetShapeMismatch, .targetClassOutOfRange,
            .targetNotOneHot:
            return "type"
        }
    }

    private static func layerHint(for reason: ShapeError) -> String? {
        switch reason {
        case .channelsNotDivisibleByGroups, .filtersNotDivisibleByGroups:
            return "groups must divide both the channels coming in and `filters` (groups = channels is depthwise)"
        case .rankMismatch:
            return "a convolution or pooling layer needs an H×W×C activation: put it before any flatten or fc layer"
        default:
            return nil
        }
    }

    /// One layer: its type, then the keys that type takes (any other key is an error at that key).
    private mutating func layer(_ fields: [String: Node], node: Node) -> (name: String, spec: LayerSpec)? {
        guard let typeNode = fields["type"], let type = string(typeNode, named: "type"), let layerType = LayerType(rawValue: type) else {
            error(
                "a layer needs `type`", at: fields["type"] ?? node,
                hint: "one of: " + LayerType.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        let misplaced = fields.keys.filter { !(["name", "type"] + layerType.parameterKeys).contains($0) }.sorted()
        for key in misplaced {
            let takes = layerType.parameterKeys.isEmpty ? "no other keys" : layerType.parameterKeys.joined(separator: ", ")
            error("`\(key)` does not apply to a \(type) layer", at: fields[key], hint: "a \(type) layer takes: \(takes)")
        }
        guard misplaced.isEmpty else { return nil }
        let name = fields["name"].flatMap { string($0, named: "name") } ?? type.uppercased()
        let problemsBefore = diagnostics.count
        // A key written but unreadable has been reported; the layer is then left out rather than checked with defaults.
        guard let spec = layerSpec(layerType, LayerFields(fields: fields, node: node, type: type)), diagnostics.count == problemsBefore
        else { return nil }
        return (name, spec)
    }
}
