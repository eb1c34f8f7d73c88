/// What `cnn-tutor generate` makes.
public enum ExerciseKind: String, Sendable, CaseIterable {
    /// A forward convolution; stride, padding and dilation chosen so the windows fit exactly.
    case convolution
    /// Max or average pooling (with its backward pass when hard).
    case pooling
    /// A convolution's forward and backward pass: dL/dW, dL/dX, dL/db.
    case backward
    /// A transposed convolution (`op: conv_transpose2d`): stamps of the kernel, overlapping with stride 2.
    case transposed
    /// An architecture table to complete: activation shapes and parameter counts.
    case shapes
}

/// How large and how tricky an exercise is.
public enum Difficulty: String, Sendable, CaseIterable {
    /// Stride 1, no padding, one channel, small matrices.
    case easy
    /// Strides and padding, a bias.
    case medium
    /// Two channels, dilation, strides in the backward pass, padding in pooling.
    case hard
}
