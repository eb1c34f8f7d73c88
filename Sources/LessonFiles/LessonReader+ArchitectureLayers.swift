import CNNEngine
import LessonModel
import Yams

/// One architecture layer's mapping while it is read.
struct LayerFields {
    /// The layer's keys and values.
    let fields: [String: Node]
    /// The layer's own node, where a missing key is reported.
    let node: Node
    /// Its `type` as written.
    let type: String
}

extension LessonReader {
    /// The layer's spec from the keys its type takes, with PyTorch's defaults.
    mutating func layerSpec(_ layerType: LayerType, _ layer: LayerFields) -> LayerSpec? {
        switch layerType {
        case .conv:
            guard let (filters, size) = filtersAndSize(layer) else { return nil }
            return .convolution(
                filters: filters, kernel: size, stride: layerPair(layer, "stride", default: Pair(1), from: 1),
                padding: layerPadding(layer), dilation: layerPair(layer, "dilation", default: Pair(1), from: 1),
                groups: layerGroups(layer))
        case .convTranspose:
            guard let (filters, size) = filtersAndSize(layer) else { return nil }
            guard let resolved = transposedPadding(layer) else { return nil }
            return .transposedConvolution(
                filters: filters, kernel: size, stride: layerPair(layer, "stride", default: Pair(1), from: 1), padding: resolved,
                outputPadding: layerPair(layer, "output_padding", default: Pair(0), from: 0),
                dilation: layerPair(layer, "dilation", default: Pair(1), from: 1), groups: layerGroups(layer))
        case .maxpool, .avgpool:
            guard let sizeNode = requiredLayerKey(layer, "size"),
                let size = pair(sizeNode, named: "size", range: 1...LessonLimits.kernelSize)
            else { return nil }
            return .pooling(
                kind: layerType == .maxpool ? .max : .average, size: size, stride: layerPair(layer, "stride", default: size, from: 1),
                padding: layerPadding(layer), dilation: layerPair(layer, "dilation", default: Pair(1), from: 1),
                ceilMode: layerBoolean(layer, "ceil_mode", default: false),
                countIncludePad: layerBoolean(layer, "count_include_pad", default: true))
        case .relu:
            return .activation(.relu)
        case .sigmoid:
            return .activation(.sigmoid)
        case .flatten:
            return .flatten
        case .fc, .softmax:
            guard let unitsNode = requiredLayerKey(layer, "units"),
                let units = integer(unitsNode, named: "units", range: 1...LessonLimits.spatialSize)
            else { return nil }
            return layerType == .fc ? .fullyConnected(units: units) : .softmax(classes: units)
        }
    }

    private mutating func requiredLayerKey(_ layer: LayerFields, _ key: String) -> Node? {
        if layer.fields[key] == nil { error("a \(layer.type) layer needs `\(key)`", at: layer.node) }
        return layer.fields[key]
    }

    private mutating func filtersAndSize(_ layer: LayerFields) -> (Int, Pair)? {
        guard let filtersNode = requiredLayerKey(layer, "filters"), let sizeNode = requiredLayerKey(layer, "size"),
            let filters = integer(filtersNode, named: "filters", range: 1...LessonLimits.layerFilters),
            let size = pair(sizeNode, named: "size", range: 1...LessonLimits.kernelSize)
        else { return nil }
        return (filters, size)
    }

    /// `stride`, `dilation` or `output_padding`: `n` or `[rows, cols]`, the default when absent or unreadable (the
    /// error is reported).
    private mutating func layerPair(_ layer: LayerFields, _ key: String, default fallback: Pair, from lowest: Int) -> Pair {
        layer.fields[key].flatMap { pair($0, named: key, range: lowest...LessonLimits.geometry) } ?? fallback
    }

    private mutating func layerPadding(_ layer: LayerFields) -> PaddingRule {
        layer.fields["padding"].flatMap { padding($0) } ?? .valid
    }

    /// `padding` of a transposed layer: `n` or `[rows, cols]`, 0 when absent; nil (reported) otherwise.
    private mutating func transposedPadding(_ layer: LayerFields) -> Pair? {
        guard let node = layer.fields["padding"] else { return Pair(0) }
        guard let rule = padding(node) else { return nil }
        return symmetricPadding(rule, at: node, operation: "a conv_transpose layer")
    }

    private mutating func layerGroups(_ layer: LayerFields) -> Int {
        layer.fields["groups"].flatMap { integer($0, named: "groups", range: 1...LessonLimits.layerFilters) } ?? 1
    }

    private mutating func layerBoolean(_ layer: LayerFields, _ key: String, default fallback: Bool) -> Bool {
        layer.fields[key].flatMap { boolean($0) } ?? fallback
    }
}
