extension ConvTranspose2D {
    /// The backward pass for a given dL/dO of shape `[F][OH][OW]`.
    public func backward(gradOutput: Tensor) throws(ShapeError) -> ConvTranspose2DBackward {
        try ShapeError.checkGradOutput(gradOutput, shape: outputShape)
        return ConvTranspose2DBackward(layer: self, gradOutput: gradOutput, adjoint: try adjointConvolution(of: gradOutput))
    }

    /// conv2d of dL/dO with the same weight, stride, padding, dilation and groups: the adjoint window's convolution,
    /// one window per input cell. When output_padding left trailing cells of dL/dO that no stamp reaches (possible
    /// once it is at least the stride), they are left out so that no extra window is formed.
    func adjointConvolution(of gradOutput: Tensor) throws(ShapeError) -> Conv2D {
        let cropped = Pair(rows: max(0, -window.rows.adjointPadAfter), columns: max(0, -window.columns.adjointPadAfter))
        let reached =
            cropped == Pair(0)
            ? gradOutput
            : Tensor(shape: [gradOutput.shape[0], gradOutput.shape[1] - cropped.rows, gradOutput.shape[2] - cropped.columns]) {
                gradOutput[$0]
            }
        return try Conv2D(
            input: reached, filters: weight, stride: window.stride, padding: .explicit(window.adjoint.padding),
            dilation: window.dilation, groups: groups)
    }
}

/// The three gradients of a transposed convolution for one dL/dO. dL/dX and dL/dW are the ordinary convolution of
/// dL/dO with the same weight (its output, and its filter gradient for dL/dX = X), so Conv2D computes them and they
/// are drawn under this layer's names: dL/dO (padded, where that convolution's input would be), X, dL/dX.
public struct ConvTranspose2DBackward: Sendable {
    /// The layer differentiated.
    public let layer: ConvTranspose2D
    /// dL/dO, `[F][OH][OW]`.
    public let gradOutput: Tensor
    /// conv2d(dL/dO, W) with the layer's stride, padding, dilation and groups: one window per input cell.
    public let adjoint: Conv2D

    /// dL/dX[c][i][j] = Σ_f' Σ_u Σ_v dL/dOpad[f][i·sh + u·dh][j·sw + v·dw] · W[c][f'][u][v], f over c's group:
    /// the adjoint convolution's output.
    public var inputGradient: RelabeledOperation<Conv2DForward> {
        RelabeledOperation(adjoint.forward, relabel: Self.layerRole)
    }

    /// dL/dW[c][f'][u][v] = Σ_i Σ_j dL/dOpad[f][i·sh + u·dh][j·sw + v·dw] · X[c][i][j]: the adjoint convolution's
    /// filter gradient, X standing where its dL/dO would.
    public var filterGradient: RelabeledOperation<Conv2DFilterGradient> {
        RelabeledOperation(Conv2DFilterGradient(layer: adjoint, gradOutput: layer.input), relabel: Self.layerRole)
    }

    /// dL/db[f] = Σ_y Σ_x dL/dO[f][y][x].
    public var biasGradient: Conv2DBiasGradient { Conv2DBiasGradient(gradOutput: gradOutput) }

    /// The name a tensor of the adjoint convolution has in the transposed layer: its input is our dL/dO, its dL/dO
    /// our X, its output our dL/dX.
    @Sendable static func layerRole(of adjointName: TensorName) -> TensorName {
        switch adjointName {
        case .input: return .gradOutput
        case .gradOutput: return .input
        case .output: return .gradInput
        case .gradInput: return .output
        case .filters, .rotatedFilters, .bias, .gradOutputFullGrid, .zeroInsertedInput, .gradFilters, .gradBias, .localGradient,
            .target, .loss, .probabilities:
            return adjointName
        }
    }
}
