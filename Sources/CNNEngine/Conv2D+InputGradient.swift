extension ZeroInsertedGrid {
    /// dL/dO of `layer` as the full convolution that gives dL/dX sees it, drawn as `.gradOutputFullGrid`.
    public init(layer: Conv2D, gradOutput: Tensor) {
        self = ConvTranspose2D(inputGradientOf: layer, gradOutput: gradOutput).inputGrid
    }
}

extension ConvTranspose2D {
    /// dL/dX of `layer` as the transposed convolution it is: dL/dO stamped back through the layer's filters
    /// (`[F][C/groups][KH][KW]` is already the transposed layout, the F channels of dL/dO stamping) with the
    /// layer's own window read the other way round.
    init(inputGradientOf layer: Conv2D, gradOutput: Tensor) {
        self.init(
            input: gradOutput, weight: layer.filters, bias: nil, groups: layer.groups,
            window: TransposedWindow2D(adjointOf: layer.window, inputSize: layer.window.outputSize),
            roles: .inputGradient)
    }
}

/// dL/dX[c][i][j] = Σ_f Σ_u Σ_v G[f][i + u·dh][j + v·dw] · rot180(W)[f][c mod C/groups][u][v], G the full grid of
/// dL/dO and f over the filters of channel c's group (all F when groups is 1): the equivalent convolution of the
/// transposed convolution of dL/dO with W, which computes it.
public struct Conv2DInputGradient: TracedOperation {
    /// The layer differentiated.
    public let layer: Conv2D
    /// dL/dO.
    public let gradOutput: Tensor

    /// `.gradInput`.
    public var resultName: TensorName { .gradInput }
    /// `[C][H][W]`.
    public var resultShape: [Int] { layer.input.shape }
    /// The zero-inserted, padded dL/dO the rotated filter slides over.
    public var fullGrid: ZeroInsertedGrid { transposed.inputGrid }

    private var transposed: ConvTranspose2D { ConvTranspose2D(inputGradientOf: layer, gradOutput: gradOutput) }

    /// The rotated-filter operand at `[f][c][u][v]` (c a kernel channel): the original filter's `[f][c][KH−1−u][KW−1−v]`.
    public func rotatedFilterOperand(_ f: Int, _ c: Int, _ u: Int, _ v: Int) -> Operand {
        transposed.rotatedWeightOperand(f, c, u, v)
    }

    /// One cell of dL/dX, gathered through the full grid.
    public func value(at index: [Int]) -> Double { transposed.convolutionView.value(at: index) }

    /// (F/groups)·KH·KW terms for every cell.
    public func termCount(ofStep number: Int) -> Int { transposed.convolutionView.termCount(ofStep: number) }

    /// Terms filter by filter (of the channel's group), then row by row of the rotated kernel.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        transposed.convolutionView.makeStep(number: number, targetIndex: targetIndex)
    }

    /// The whole dL/dX, gathered by `TransposedConvolutionGather` in the traced order, so every cell equals
    /// `value(at:)` exactly.
    public func result() -> Tensor { transposed.result() }
}
