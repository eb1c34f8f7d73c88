/// A 2-D transposed convolution (PyTorch's `conv_transpose2d`): every input cell stamps a copy of the kernel, scaled
/// by its value, onto the output a stride apart; where stamps overlap they add. Read backwards it is an ordinary
/// convolution of the zero-inserted, padded input with the 180°-rotated kernel — and a convolution's dL/dX is one.
public struct ConvTranspose2D: Sendable {
    /// The input, `[C][H][W]`.
    public let input: Tensor
    /// The kernels, `[C][F/groups][KH][KW]` (PyTorch's layout: input channels first).
    public let weight: Tensor
    /// One bias per output channel, `[F]` (zeros when none was given).
    public let bias: Tensor
    /// Whether a bias was given (so steps show `+ b`).
    public let hasBias: Bool
    /// PyTorch's `groups`: input channels in group g stamp only onto the output channels of group g.
    public let groups: Int
    /// Stride, padding, output padding and dilation, validated, with the output size they give.
    public let window: TransposedWindow2D
    /// The names the operands and the result are drawn under.
    public let roles: TransposedConvolutionRoles

    /// Validates shapes and PyTorch's arguments; every mistake is a `ShapeError` naming the numbers.
    public init(
        input: Tensor, weight: Tensor, bias: Tensor? = nil, stride: Pair = Pair(1), padding: Pair = Pair(0),
        outputPadding: Pair = Pair(0), dilation: Pair = Pair(1), groups: Int = 1
    ) throws(ShapeError) {
        guard input.rank == 3 else {
            throw .rankMismatch(tensor: "input", layout: "[C][H][W]", actualShape: input.shape)
        }
        guard weight.rank == 4 else {
            throw .rankMismatch(tensor: "weight", layout: "[C][F/groups][KH][KW]", actualShape: weight.shape)
        }
        try Self.checkChannels(input: input.shape, weight: weight.shape, bias: bias?.shape, groups: groups)
        let window = try TransposedWindow2D(
            input: Pair(rows: input.shape[1], columns: input.shape[2]),
            kernel: Pair(rows: weight.shape[2], columns: weight.shape[3]),
            stride: stride, padding: padding, outputPadding: outputPadding, dilation: dilation)
        self.init(input: input, weight: weight, bias: bias, groups: groups, window: window, roles: .layer)
    }

    /// Throws unless the weight has one slice per input channel, `groups` splits the input channels evenly and
    /// the bias (if any) has one value per output channel.
    static func checkChannels(input: [Int], weight: [Int], bias: [Int]?, groups: Int) throws(ShapeError) {
        guard groups > 0 else { throw .nonPositiveGroups(value: groups) }
        guard weight[0] == input[0] else {
            throw .transposedChannelMismatch(inputChannels: input[0], weightChannels: weight[0])
        }
        guard input[0] % groups == 0 else { throw .channelsNotDivisibleByGroups(inputChannels: input[0], groups: groups) }
        guard let bias else { return }
        guard bias.count == 1 else { throw .rankMismatch(tensor: "bias", layout: "[F]", actualShape: bias) }
        guard bias[0] == weight[1] * groups else { throw .biasMismatch(filters: weight[1] * groups, biasCount: bias[0]) }
    }

    /// Combines parts already known to fit together.
    init(
        input: Tensor, weight: Tensor, bias: Tensor?, groups: Int, window: TransposedWindow2D,
        roles: TransposedConvolutionRoles
    ) {
        self.input = input
        self.weight = weight
        self.bias = bias ?? Tensor(zeros: [weight.shape[1] * groups])
        self.hasBias = bias != nil
        self.groups = groups
        self.window = window
        self.roles = roles
    }

    /// Input channels C.
    public var channelCount: Int { input.shape[0] }
    /// Output channels F = groups · (F/groups).
    public var outputChannelCount: Int { weight.shape[1] * groups }
    /// Input channels per group: C / groups.
    public var inputChannelsPerGroup: Int { channelCount / groups }
    /// Output channels per group: F / groups, the weight's second dimension.
    public var outputChannelsPerGroup: Int { weight.shape[1] }
    /// `[F][OH][OW]`.
    public var outputShape: [Int] { [outputChannelCount, window.rows.outputSize, window.columns.outputSize] }

    /// The input channels that stamp onto output channel `f`: those of its group f / (F/groups).
    public func inputChannels(stampingOnto f: Int) -> Range<Int> {
        let group = f / outputChannelsPerGroup
        return (group * inputChannelsPerGroup)..<((group + 1) * inputChannelsPerGroup)
    }

    /// The weight's second index for output channel `f`: its place in its group, f mod (F/groups).
    public func kernelChannel(ofOutputChannel f: Int) -> Int { f % outputChannelsPerGroup }

    /// The input zero-inserted and padded, as the equivalent convolution slides the rotated kernel over it.
    public var inputGrid: ZeroInsertedGrid {
        ZeroInsertedGrid(source: input, tensor: roles.grid, rows: window.rows, columns: window.columns)
    }

    /// The rotated-kernel operand at `[c][f'][u][v]`: the weight's `[c][f'][KH−1−u][KW−1−v]`, drawn where it sits in
    /// the rotated kernel (input channel first, as the weight is laid out).
    public func rotatedWeightOperand(_ c: Int, _ outputSlice: Int, _ u: Int, _ v: Int) -> Operand {
        let source = weight.rotated180Index(c, outputSlice, u, v)
        return Operand(
            tensor: .rotatedFilters, position: [c, outputSlice, u, v], source: source, value: weight[source],
            origin: .element)
    }

    /// How many (input cell, kernel tap) stamps cover output cell `[f][y][x]`: the input channels of f's group
    /// times the stamps along each axis.
    public func stampCount(at index: [Int]) -> Int {
        inputChannelsPerGroup * window.rows.stampCount(at: index[1]) * window.columns.stampCount(at: index[2])
    }

    /// The stamp count of every output cell, `[F][OH][OW]`: where it varies (stride 2 with a 3-wide kernel gives
    /// 1, 2, 1, 2, …) the output shows a checkerboard even for a constant input.
    public var stampCounts: Tensor {
        Tensor(shape: outputShape) { Double(stampCount(at: $0)) }
    }

    /// The cells stamping, one term per stamp covering the cell.
    public var stamps: ConvTranspose2DStamps { ConvTranspose2DStamps(layer: self) }

    /// The equivalent convolution: the zero-inserted, padded input correlated with the rotated kernel.
    public var convolutionView: ConvTranspose2DConvolutionView { ConvTranspose2DConvolutionView(layer: self) }

    /// The whole output: the sums of terms gathered in bulk (`TransposedConvolutionGather`), then the bias added, so
    /// every cell equals the convolution view's `value(at:)` exactly.
    public func result() -> Tensor {
        let sums = TransposedConvolutionGather(layer: self).sums()
        guard hasBias else { return sums }
        let plane = window.rows.outputSize * window.columns.outputSize
        return Tensor(zeros: outputShape) { output in
            for flat in 0..<output.count { output[flat] = sums.scalars[flat] + bias.scalars[flat / plane] }
        }
    }
}
