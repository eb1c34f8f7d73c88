/// A 2-D convolution layer (cross-correlation, as frameworks compute it) with its data and geometry.
public struct Conv2D: Sendable {
    /// The input, `[C][H][W]`.
    public let input: Tensor
    /// The filters, `[F][C/groups][KH][KW]`.
    public let filters: Tensor
    /// One bias per filter, `[F]` (zeros when none was given).
    public let bias: Tensor
    /// Whether a bias was given (so steps show `+ b`).
    public let hasBias: Bool
    /// Stride, padding and dilation, resolved and validated.
    public let window: SlidingWindow2D
    /// How many groups the channels and filters are split into (PyTorch's `groups`): filter f sees only the
    /// C/groups input channels of its group f / (F/groups). 1 means every filter sees every channel.
    public let groups: Int

    /// Validates shapes and geometry; every mistake is a `ShapeError` naming the dimension.
    public init(
        input: Tensor, filters: Tensor, bias: Tensor? = nil,
        stride: Pair = Pair(1), padding: PaddingRule = .valid, dilation: Pair = Pair(1), groups: Int = 1
    ) throws(ShapeError) {
        guard input.rank == 3 else {
            throw .rankMismatch(tensor: "input", layout: "[C][H][W]", actualShape: input.shape)
        }
        guard filters.rank == 4 else {
            throw .rankMismatch(tensor: "filters", layout: "[F][C][KH][KW]", actualShape: filters.shape)
        }
        try Self.validateGroups(groups, inputChannels: input.shape[0], filters: filters.shape[0], filterChannels: filters.shape[1])
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
        self.groups = groups
    }

    /// Input channels C.
    public var channelCount: Int { input.shape[0] }
    /// Filters F (output channels).
    public var filterCount: Int { filters.shape[0] }
    /// `[F][OH][OW]`.
    public var outputShape: [Int] { [filterCount, window.rows.outputSize, window.columns.outputSize] }
    /// The input as the kernel sees it, padding included.
    public var paddedInput: PaddedInput { PaddedInput(input: input, window: window, paddingValue: 0) }
    /// Learnable parameters: F·(C/groups)·KH·KW weights plus F biases.
    public var parameterCount: Int { filters.count + (hasBias ? filterCount : 0) }

    /// The forward pass, step by step.
    public var forward: Conv2DForward { Conv2DForward(layer: self) }

    /// The backward pass for a given dL/dO of shape `[F][OH][OW]`.
    public func backward(gradOutput: Tensor) throws(ShapeError) -> Conv2DBackward {
        try ShapeError.checkGradOutput(gradOutput, shape: outputShape)
        return Conv2DBackward(layer: self, gradOutput: gradOutput)
    }
}

/// Z[f][y][x] = Σ_c Σ_u Σ_v Xpad[g·C/groups + c][y·sh + u·dh][x·sw + v·dw] · W[f][c][u][v] + b[f], where c runs over
/// the C/groups channels of filter f's group g (all C channels when groups is 1).
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
        for c in 0..<layer.channelsPerGroup {
            let channel = layer.inputChannel(filter: f, kernelChannel: c)
            for u in 0..<window.rows.kernelSize {
                let row = window.rows.paddedPosition(output: y, tap: u)
                for v in 0..<window.columns.kernelSize {
                    let column = window.columns.paddedPosition(output: x, tap: v)
                    sum += padded.value(channel: channel, row: row, column: column) * filters[f, c, u, v]
                }
            }
        }
        return sum
    }

    /// (C/groups)·KH·KW terms for every cell.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? layer.channelsPerGroup * layer.window.rows.kernelSize * layer.window.columns.kernelSize : 0
    }

    /// Terms ordered channel by channel (of the filter's group), then row by row of the window.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (f, y, x) = (targetIndex[0], targetIndex[1], targetIndex[2])
        let layer = self.layer
        let (kh, kw) = (layer.window.rows.kernelSize, layer.window.columns.kernelSize)
        let terms = TermList(count: layer.channelsPerGroup * kh * kw) { k in
            let (c, u, v) = (k / (kh * kw), (k / kw) % kh, k % kw)
            let input = layer.paddedInput.operand(
                channel: layer.inputChannel(filter: f, kernelChannel: c),
                row: layer.window.rows.paddedPosition(output: y, tap: u),
                column: layer.window.columns.paddedPosition(output: x, tap: v))
            return Term(input, .element(.filters, [f, c, u, v], layer.filters[f, c, u, v]))
        }
        let bias = layer.hasBias ? Operand.element(.bias, [f], layer.bias[[f]]) : nil
        return Step(
            number: number, target: .output, targetIndex: targetIndex, rule: .sum, terms: terms, bias: bias,
            total: value(at: targetIndex))
    }

    /// The whole output, one output row at a time: each cell starts at the bias and adds one term per (channel,
    /// tap) in the traced order (c, u, v), read from a padded, stride-split copy of the input where each tap's run
    /// of the row is contiguous; so every cell equals `value(at:)` exactly.
    public func result() -> Tensor {
        let layer = self.layer, window = layer.window
        let layout = StrideSplitLayout(channels: layer.channelCount, window: window)
        let padded = layout.paddedCopy(of: layer.input)
        let (oh, ow) = (window.rows.outputSize, window.columns.outputSize)
        let rowStep = layout.offset(channel: 0, row: window.rows.stride, column: 0)
        return padded.withUnsafeBufferPointer { xs in
            Tensor(zeros: resultShape) { output in
                for f in 0..<layer.filterCount {
                    let taps = layer.tapsOfFilter(f, layout: layout)
                    taps.withUnsafeBufferPointer { taps in
                        for y in 0..<oh {
                            RowKernels.sumOfScaledRuns(
                                start: layer.bias.scalars[f], taps: taps, source: xs, shift: y * rowStep,
                                into: output, at: (f * oh + y) * ow, count: ow)
                        }
                    }
                }
            }
        }
    }
}

extension Conv2D {
    /// Filter `f`'s weights in (c, u, v) order, each with where its tap reads the first output row in `layout`.
    func tapsOfFilter(_ f: Int, layout: StrideSplitLayout) -> [RowKernels.Tap] {
        let (kh, kw) = (window.rows.kernelSize, window.columns.kernelSize)
        var taps: [RowKernels.Tap] = []
        taps.reserveCapacity(channelsPerGroup * kh * kw)
        for c in 0..<channelsPerGroup {
            for u in 0..<kh {
                for v in 0..<kw {
                    let offset = layout.offset(
                        channel: inputChannel(filter: f, kernelChannel: c), row: window.rows.paddedPosition(output: 0, tap: u),
                        column: window.columns.paddedPosition(output: 0, tap: v))
                    taps.append(RowKernels.Tap(weight: filters[f, c, u, v], offset: offset))
                }
            }
        }
        return taps
    }
}
