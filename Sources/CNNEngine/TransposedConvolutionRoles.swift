/// The tensor names a transposed convolution draws its input, its zero-inserted grid and its result under.
public struct TransposedConvolutionRoles: Equatable, Hashable, Sendable {
    /// The tensor whose cells stamp the kernel.
    public let input: TensorName
    /// That tensor zero-inserted and padded, as the equivalent convolution reads it.
    public let grid: TensorName
    /// The result.
    public let output: TensorName

    /// A `conv_transpose2d` layer: X stamps onto the output.
    public static let layer = TransposedConvolutionRoles(input: .input, grid: .zeroInsertedInput, output: .output)
    /// A convolution's dL/dX: dL/dO stamps back through the filters onto dL/dX.
    public static let inputGradient = TransposedConvolutionRoles(
        input: .gradOutput, grid: .gradOutputFullGrid, output: .gradInput)
}
