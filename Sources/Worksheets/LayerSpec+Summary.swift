import CNNEngine

extension LayerSpec {
    /// The layer as a worksheet gives it: `conv, 8 filters 5×5, stride 1, padding valid`, `max pool 2×2, stride 2`,
    /// `transposed conv, 8 filters 3×3, stride 2, padding 1, output_padding 1`, `relu`, `flatten`,
    /// `fully connected, 120 units`, `softmax, 26 classes`.
    var summary: String {
        switch self {
        case let .convolution(filters, kernel, stride, padding, dilation, groups):
            return "conv, \(filters) filters \(kernel.rows)×\(kernel.columns), stride \(stride), padding \(padding.summary)"
                + Self.options(dilation: dilation, groups: groups)
        case let .transposedConvolution(filters, kernel, stride, padding, outputPadding, dilation, groups):
            let trailing = outputPadding == Pair(0) ? "" : ", output_padding \(outputPadding)"
            return "transposed conv, \(filters) filters \(kernel.rows)×\(kernel.columns), stride \(stride), padding \(padding)"
                + trailing + Self.options(dilation: dilation, groups: groups)
        case let .pooling(kind, size, stride, padding, dilation, ceilMode, countIncludePad):
            let padded = padding == .valid ? "" : ", padding \(padding.summary)"
            let rounded = ceilMode ? ", ceil_mode" : ""
            let border = kind == .average && !countIncludePad ? ", count_include_pad false" : ""
            return "\(kind == .max ? "max" : "average") pool \(size.rows)×\(size.columns), stride \(stride)\(padded)"
                + Self.options(dilation: dilation, groups: 1) + rounded + border
        case .activation(let activation):
            return activation.rawValue
        case .flatten:
            return "flatten"
        case .fullyConnected(let units):
            return "fully connected, \(units) units"
        case .softmax(let classes):
            return "softmax, \(classes) classes (fully connected, then softmax)"
        }
    }

    /// `, dilation 2, groups 4`, leaving out the defaults.
    private static func options(dilation: Pair, groups: Int) -> String {
        (dilation == Pair(1) ? "" : ", dilation \(dilation)") + (groups == 1 ? "" : ", groups \(groups)")
    }
}

extension PaddingRule {
    /// `valid`, `same`, or the explicit padding (`1`, `top 1, bottom 2, left 0, right 0`).
    var summary: String {
        switch self {
        case .valid: return "valid"
        case .same: return "same"
        case .explicit(let padding): return padding.description
        }
    }
}
