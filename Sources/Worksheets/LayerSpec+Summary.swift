import CNNEngine

extension LayerSpec {
    /// The layer as a worksheet gives it: `conv, 8 filters 5×5, stride 1, padding valid`, `max pool 2×2, stride 2`,
    /// `flatten`, `fully connected, 120 units`, `softmax, 26 classes`.
    var summary: String {
        switch self {
        case let .convolution(filters, kernel, stride, padding, dilation):
            let dilated = dilation == Pair(1) ? "" : ", dilation \(dilation)"
            return "conv, \(filters) filters \(kernel.rows)×\(kernel.columns), stride \(stride), padding \(padding.summary)\(dilated)"
        case let .pooling(kind, size, stride, padding):
            let padded = padding == .valid ? "" : ", padding \(padding.summary)"
            return "\(kind == .max ? "max" : "average") pool \(size.rows)×\(size.columns), stride \(stride)\(padded)"
        case .flatten:
            return "flatten"
        case .fullyConnected(let units):
            return "fully connected, \(units) units"
        case .softmax(let classes):
            return "softmax, \(classes) classes (fully connected, then softmax)"
        }
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
