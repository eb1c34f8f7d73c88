/// A 2-D convolution layer (cross-correlation, as frameworks compute it) with its data and geometry.
public struct Conv2D: Sendable {
    /// The input, `[C][H][W]`.
    public let input: Tensor
    /// The filters, `[F][C][KH][KW]`.
    public let filters: Tensor
    /// One bias per filter, `[F]` (zeros when none was given).
    public let bias: Tensor
    /// Whether a bias was given (so steps show `+ b`).
    public let hasBias: Bool
    /// Stride, padding and dilation, resolved and validated.
    public let window: SlidingWindow2D

    /// Validates shapes and geometry; every mistake is a `ShapeError` naming the dimension.
    public init(
        input: Tensor, filters: Tensor, bias: Tensor? = nil,
        stride: Pair = Pair(1), padding: PaddingRule = .valid, dilation: Pair = Pair(1)
    ) throws(ShapeError) {
        guard input.rank == 3 else {
            throw .rankMismatch(tensor: "input", layout: "[C][H][W]", actualShape: input.shape)
        }
        guard filters.rank == 4 else {
            throw .rankMismatch(tensor: "filters", layout: "[F][C][KH][KW]", actualShape: filters.shape)
        }
        guard filters.shape[1] == input.shape[0] else {
            throw .channelMismatch(inputChannels: input.shape[0], filterChannels: filters.shape[1])
        }
        if let bias {
            guard bias.rank == 1 else { throw .rankMismatch(tensor: "bias", layout: "[F]", actualShape: bias.shape) }
            guard bias.count == filters.shape[0] else {
                throw .biasMismatch(filters: filters.shape[0], biasCount: bias.count)
            }
        }
        self.window = try SlidingWindow2D(
            input: Pair(rows: input.shape[1], columns: input.shape[2]),
            kernel: Pair(rows: filters.shape[2], columns: filters.shape[3]),
            stride: stride, padding: padding, dilation: dilation)
        self.input = input
        self.filters = filters
        self.bias = bias ?? Tensor(zeros: [filters.shape[0]])
        self.hasBias = bias != nil
    }

    /// Input channels C.
    public var channelCount: Int { input.shape[0] }
    /// Filters F (output channels).
    public var filterCount: Int { filters.shape[0] }
    /// `[F][OH][OW]`.
    public var outputShape: [Int] { [filterCount, window.rows.outputSize, window.columns.outputSize] }
    /// The input as the kernel sees it, padding included.
    public var paddedInput: PaddedInput { PaddedInput(input: input, window: window, paddingValue: 0) }
    /// Learnable parameters: F·C·KH·KW weights plus F biases.
    public var parameterCount: Int { filters.count + (hasBias ? filterCount : 0) }

    /// The forward pass, step by step.
    public var forward: Conv2DForward { Conv2DForward(layer: self) }

    /// The backward pass for a given dL/dO of shape `[F][OH][OW]`.
    public func backward(gradOutput: Tensor) throws(ShapeError) -> Conv2DBackward {
        try ShapeError.checkGradOutput(gradOutput, shape: outputShape)
        return Conv2DBackward(layer: self, gradOutput: gradOutput)
    }
}

/// Z[f][y][x] = Σ_c Σ_u Σ_v Xpad[c][y·sh + u·dh][x·sw + v·dw] · W[f][c][u][v] + b[f].
public struct Conv2DForward: TracedOperation {
    /// The layer computed.
    public let layer: Conv2D

    /// `.output`.
    public var resultName: TensorName { .output }
    /// `[F][OH][OW]`.
    public var resultShape: [Int] { layer.outputShape }

    /// One output cell.
    public func value(at index: [Int]) -> Double {
        let (f, y, x) = (index[0], index[1], index[2])
        let padded = layer.paddedInput, window = layer.window, filters = layer.filters
        var sum = layer.bias[[f]]
        for c in 0..<layer.channelCount {
            for u in 0..<window.rows.kernelSize {
                let row = window.rows.paddedPosition(output: y, tap: u)
                for v in 0..<window.columns.kernelSize {
                    let column = window.columns.paddedPosition(output: x, tap: v)
                    sum += padded.value(channel: c, row: row, column: column) * filters[f, c, u, v]
                }
            }
        }
        return sum
    }

    /// C·KH·KW terms for every cell.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? layer.channelCount * layer.window.rows.kernelSize * layer.window.columns.kernelSize : 0
    }

    /// Terms ordered channel by channel, then row by row of the window.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (f, y, x) = (targetIndex[0], targetIndex[1], targetIndex[2])
        let layer = self.layer
        let (kh, kw) = (layer.window.rows.kernelSize, layer.window.columns.kernelSize)
        let terms = TermList(count: layer.channelCount * kh * kw) { k in
            let (c, u, v) = (k / (kh * kw), (k / kw) % kh, k % kw)
            let input = layer.paddedInput.operand(
                channel: c,
                row: layer.window.rows.paddedPosition(output: y, tap: u),
                column: layer.window.columns.paddedPosition(output: x, tap: v))
            return Term(input, .element(.filters, [f, c, u, v], layer.filters[f, c, u, v]))
        }
        let bias = layer.hasBias ? Operand.element(.bias, [f], layer.bias[[f]]) : nil
        return Step(
            number: number, target: .output, targetIndex: targetIndex, rule: .sum, terms: terms, bias: bias,
            total: value(at: targetIndex))
    }

    /// The whole output, by direct loops over a zero-padded copy of the input.
    public func result() -> Tensor {
        let layer = self.layer, window = layer.window
        let padded = Tensor(shape: [layer.channelCount, window.rows.paddedSize, window.columns.paddedSize]) {
            layer.paddedInput.value(channel: $0[0], row: $0[1], column: $0[2])
        }
        var output = Tensor(zeros: resultShape)
        let (oh, ow) = (window.rows.outputSize, window.columns.outputSize)
        let (kh, kw) = (window.rows.kernelSize, window.columns.kernelSize)
        let (sh, sw, dh, dw) = (window.rows.stride, window.columns.stride, window.rows.dilation, window.columns.dilation)
        padded.scalars.withUnsafeBufferPointer { xs in
            layer.filters.scalars.withUnsafeBufferPointer { ws in
                var flat = 0
                for f in 0..<layer.filterCount {
                    let b = layer.bias.scalars[f]
                    for y in 0..<oh {
                        for x in 0..<ow {
                            var sum = b
                            for c in 0..<layer.channelCount {
                                let xBase = c * padded.strides[0], wBase = f * layer.filters.strides[0] + c * layer.filters.strides[1]
                                for u in 0..<kh {
                                    let xRow = xBase + (y * sh + u * dh) * padded.strides[1] + x * sw
                                    let wRow = wBase + u * kw
                                    for v in 0..<kw { sum += xs[xRow + v * dw] * ws[wRow + v] }
                                }
                            }
                            output.accumulate(sum, atFlat: flat)
                            flat += 1
                        }
                    }
                }
            }
        }
        return output
    }
}
