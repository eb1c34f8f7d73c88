import CNNEngine
import LessonModel
import LessonText
import Yams

extension LessonReader {
    /// Reads `input_shape: [H, W, C]` and `layers:` into a layer stack, checking that each layer fits.
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
        for item in items {
            guard let layer = layer(item) else { return nil }
            layers.append(layer)
        }
        let stack = LayerStack(input: shape, layers: layers)
        do {
            _ = try stack.rows()
        } catch {
            let failing = zip(layers, items).first { $0.0.name == error.layer }?.1
            self.error("layer \(error)", at: failing ?? layersNode)
            return nil
        }
        return stack
    }

    private mutating func layer(_ node: Node) -> (name: String, spec: LayerSpec)? {
        guard let fields = mapping(node, named: "a layer", allowed: LessonFormat.layerKeys) else { return nil }
        guard let typeNode = fields["type"], let type = string(typeNode, named: "type"), let layerType = LayerType(rawValue: type) else {
            error(
                "a layer needs `type`", at: fields["type"] ?? node,
                hint: "one of: " + LayerType.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        let name = fields["name"].flatMap { string($0, named: "name") } ?? type.uppercased()
        let limit = 1...LessonLimits.spatialSize
        func required(_ key: String) -> Node? {
            if fields[key] == nil { error("a \(type) layer needs `\(key)`", at: node) }
            return fields[key]
        }
        switch layerType {
        case .conv:
            guard let filtersNode = required("filters"), let sizeNode = required("size"),
                let filters = integer(filtersNode, named: "filters", range: 1...LessonLimits.layerFilters),
                let size = pair(sizeNode, named: "size", range: 1...LessonLimits.kernelSize)
            else { return nil }
            let stride = fields["stride"].flatMap { pair($0, named: "stride", range: 1...LessonLimits.geometry) } ?? Pair(1)
            var paddingRule = PaddingRule.valid
            if let node = fields["padding"] { paddingRule = padding(node) ?? .valid }
            return (name, .convolution(filters: filters, kernel: size, stride: stride, padding: paddingRule, dilation: Pair(1)))
        case .maxpool, .avgpool:
            guard let sizeNode = required("size"), let size = pair(sizeNode, named: "size", range: 1...LessonLimits.kernelSize) else {
                return nil
            }
            let stride = fields["stride"].flatMap { pair($0, named: "stride", range: 1...LessonLimits.geometry) } ?? size
            var paddingRule = PaddingRule.valid
            if let node = fields["padding"] { paddingRule = padding(node) ?? .valid }
            return (name, .pooling(kind: layerType == .maxpool ? .max : .average, size: size, stride: stride, padding: paddingRule))
        case .flatten:
            return (name, .flatten)
        case .fc, .softmax:
            guard let unitsNode = required("units"), let units = integer(unitsNode, named: "units", range: limit) else { return nil }
            return (name, layerType == .fc ? .fullyConnected(units: units) : .softmax(classes: units))
        }
    }
}

/// The layer types an architecture table accepts, as lesson files write them.
enum LayerType: String, CaseIterable {
    /// A convolution: `filters`, `size`, `stride`, `padding`.
    case conv
    /// Max pooling: `size`, `stride`, `padding`.
    case maxpool
    /// Average pooling: `size`, `stride`, `padding`.
    case avgpool
    /// Flattening to a vector.
    case flatten
    /// A fully connected layer: `units`.
    case fc
    /// Softmax over `units` classes.
    case softmax
}
