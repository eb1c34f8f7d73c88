/// The equivalent ordinary convolution: O[f][y][x] = Σ_c Σ_u Σ_v G[c][y + u·dh][x + v·dw] · rot180(W)[c][f'][u][v] + b[f],
/// G the input with stride−1 zeros inserted between cells and padded by d·(k−1) − padding (output_padding more at
/// the end), c over f's group and f' f within it: the kernel turned 180°, with in and out channels swapped.
public struct ConvTranspose2DConvolutionView: ConvTranspose2DView {
    /// The layer computed.
    public let layer: ConvTranspose2D

    /// One output cell, gathered through the zero-inserted grid, then the bias.
    public func value(at index: [Int]) -> Double {
        let (f, y, x) = (index[0], index[1], index[2])
        let grid = layer.inputGrid, window = layer.window, kernelChannel = layer.kernelChannel(ofOutputChannel: f)
        let (dh, dw) = (window.rows.dilation, window.columns.dilation)
        var sum = 0.0
        for c in layer.inputChannels(stampingOnto: f) {
            for u in 0..<window.rows.kernelSize {
                for v in 0..<window.columns.kernelSize {
                    let g = grid.cell(plane: c, row: y + u * dh, column: x + v * dw)
                    sum += g.value * layer.weight[layer.weight.rotated180Index(c, kernelChannel, u, v)]
                }
            }
        }
        return withBias(sum, outputChannel: f)
    }

    /// (C/groups)·KH·KW terms for every cell.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? layer.inputChannelsPerGroup * layer.window.rows.kernelSize * layer.window.columns.kernelSize : 0
    }

    /// Terms input channel by input channel, then row by row of the rotated kernel: grid cell × rotated weight,
    /// the grid cell an inserted zero or padding wherever no input cell sits.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (f, y, x) = (targetIndex[0], targetIndex[1], targetIndex[2])
        let layer = self.layer, grid = layer.inputGrid, channels = layer.inputChannels(stampingOnto: f)
        let kernelChannel = layer.kernelChannel(ofOutputChannel: f)
        let (kh, kw) = (layer.window.rows.kernelSize, layer.window.columns.kernelSize)
        let (dh, dw) = (layer.window.rows.dilation, layer.window.columns.dilation)
        let terms = TermList(count: channels.count * kh * kw) { k in
            let (c, u, v) = (channels.lowerBound + k / (kh * kw), (k / kw) % kh, k % kw)
            return Term(
                grid.operand(plane: c, row: y + u * dh, column: x + v * dw),
                layer.rotatedWeightOperand(c, kernelChannel, u, v))
        }
        return sumStep(number: number, targetIndex: targetIndex, terms: terms)
    }
}
