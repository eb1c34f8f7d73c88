/// One layer of a network whose shapes and parameter counts are being worked out. The arguments are PyTorch's,
/// so a row reads the same as the `nn` module that builds it.
public enum LayerSpec: Equatable, Sendable {
    /// A convolution with `filters` kernels; with `groups` > 1 each filter reads only the C/groups channels of its
    /// group (groups = C is depthwise).
    case convolution(filters: Int, kernel: Pair, stride: Pair, padding: PaddingRule, dilation: Pair, groups: Int = 1)
    /// A transposed convolution (`nn.ConvTranspose2d`): each input cell stamps `filters` kernels onto the output,
    /// a stride apart; `padding` is trimmed from both sides of each axis, `outputPadding` added after.
    case transposedConvolution(
        filters: Int, kernel: Pair, stride: Pair, padding: Pair, outputPadding: Pair, dilation: Pair, groups: Int = 1)
    /// Max or average pooling with PyTorch's options (`countIncludePad` changes an average's border values, not
    /// its shape).
    case pooling(
        kind: PoolKind, size: Pair, stride: Pair, padding: PaddingRule, dilation: Pair = Pair(1), ceilMode: Bool = false,
        countIncludePad: Bool = true)
    /// An element-wise activation: the shape is unchanged and there is nothing to learn.
    case activation(LayerActivation)
    /// Flattens an H×W×C activation into a vector.
    case flatten
    /// A dense layer with `units` outputs (flattens its input first if needed).
    case fullyConnected(units: Int)
    /// A dense output layer of `classes` units followed by softmax, as the lecture's "Softmax" row counts it.
    case softmax(classes: Int)
}

/// The parameter-free, element-wise activations an architecture table accepts.
public enum LayerActivation: String, Equatable, Sendable, CaseIterable {
    /// max(0, x).
    case relu
    /// 1 / (1 + e^−x).
    case sigmoid
}
