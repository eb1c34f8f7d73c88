/// The layer types an architecture table accepts, as lesson files write them, and the keys each takes (PyTorch's
/// argument names, as the `op:` lessons spell them).
enum LayerType: String, CaseIterable {
    /// A convolution (`nn.Conv2d`): `filters`, `size`, `stride`, `padding`, `dilation`, `groups`.
    case conv
    /// A transposed convolution (`nn.ConvTranspose2d`): `filters`, `size`, `stride`, `padding`, `output_padding`,
    /// `dilation`, `groups`.
    case convTranspose = "conv_transpose"
    /// Max pooling: `size`, `stride`, `padding`, `dilation`, `ceil_mode`.
    case maxpool
    /// Average pooling: `size`, `stride`, `padding`, `ceil_mode`, `count_include_pad`.
    case avgpool
    /// ReLU, element by element.
    case relu
    /// The logistic sigmoid, element by element.
    case sigmoid
    /// Flattening to a vector.
    case flatten
    /// A fully connected layer: `units`.
    case fc
    /// Softmax over `units` classes (a fully connected layer, then softmax).
    case softmax

    /// The keys a layer of this type takes besides `name` and `type`.
    var parameterKeys: [String] {
        switch self {
        case .conv: return ["filters", "size", "stride", "padding", "dilation", "groups"]
        case .convTranspose: return ["filters", "size", "stride", "padding", "output_padding", "dilation", "groups"]
        case .maxpool: return ["size", "stride", "padding", "dilation", "ceil_mode"]
        case .avgpool: return ["size", "stride", "padding", "ceil_mode", "count_include_pad"]
        case .relu, .sigmoid, .flatten: return []
        case .fc, .softmax: return ["units"]
        }
    }

    /// Every key any layer takes, in the order the documentation lists them.
    static let allKeys: [String] = {
        var seen = Set<String>()
        return (["name", "type"] + allCases.flatMap(\.parameterKeys)).filter { seen.insert($0).inserted }
    }()
}
