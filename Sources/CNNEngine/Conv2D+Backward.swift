/// The three gradients of a convolution for one dL/dO.
public struct Conv2DBackward: Sendable {
    /// The layer differentiated.
    public let layer: Conv2D
    /// dL/dO, `[F][OH][OW]`.
    public let gradOutput: Tensor

    /// dL/dF: a correlation of the padded X with dL/dO dilated by the stride.
    public var filterGradient: Conv2DFilterGradient { Conv2DFilterGradient(layer: layer, gradOutput: gradOutput) }
    /// dL/dX: a full convolution of the zero-inserted, padded dL/dO with the 180°-rotated filters.
    public var inputGradient: Conv2DInputGradient { Conv2DInputGradient(layer: layer, gradOutput: gradOutput) }
    /// dL/db: the sum of each filter's dL/dO.
    public var biasGradient: Conv2DBiasGradient { Conv2DBiasGradient(gradOutput: gradOutput) }
}

/// dL/dW[f][c][u][v] = Σ_y Σ_x Xpad[g·C/groups + c][y·sh + u·dh][x·sw + v·dw] · dL/dO[f][y][x], g filter f's group.
public struct Conv2DFilterGradient: TracedOperation {
    /// The layer differentiated.
    public let layer: Conv2D
    /// dL/dO.
    public let gradOutput: Tensor

    /// `.gradFilters`.
    public var resultName: TensorName { .gradFilters }
    /// `[F][C/groups][KH][KW]`.
    public var resultShape: [Int] { layer.filters.shape }

    /// One cell of dL/dW.
    public func value(at index: [Int]) -> Double {
        let (f, c, u, v) = (index[0], index[1], index[2], index[3])
        let window = layer.window, padded = layer.paddedInput, channel = layer.inputChannel(filter: f, kernelChannel: c)
        var sum = 0.0
        for y in 0..<window.rows.outputSize {
            let row = window.rows.paddedPosition(output: y, tap: u)
            for x in 0..<window.columns.outputSize {
                let column = window.columns.paddedPosition(output: x, tap: v)
                sum += padded.value(channel: channel, row: row, column: column) * gradOutput[f, y, x]
            }
        }
        return sum
    }

    /// OH·OW terms for every cell.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? layer.window.rows.outputSize * layer.window.columns.outputSize : 0
    }

    /// One term per output cell, in row-major order: X under that window's tap × dL/dO there.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (f, c, u, v) = (targetIndex[0], targetIndex[1], targetIndex[2], targetIndex[3])
        let (layer, gradOutput) = (self.layer, self.gradOutput)
        let ow = layer.window.columns.outputSize
        let terms = TermList(count: layer.window.rows.outputSize * ow) { k in
            let (y, x) = (k / ow, k % ow)
            let input = layer.paddedInput.operand(
                channel: layer.inputChannel(filter: f, kernelChannel: c),
                row: layer.window.rows.paddedPosition(output: y, tap: u),
                column: layer.window.columns.paddedPosition(output: x, tap: v))
            return Term(input, .element(.gradOutput, [f, y, x], gradOutput[f, y, x]))
        }
        return Step(
            number: number, target: .gradFilters, targetIndex: targetIndex, rule: .sum, terms: terms, bias: nil,
            total: value(at: targetIndex))
    }

    /// The whole dL/dW: each cell is the dot product of filter f's dL/dO plane with the block of input rows its tap
    /// read, taken from a padded, stride-split copy of the input where each of those rows is a contiguous run. The
    /// planes are walked a band of rows at a time so that both bands stay in the L1 cache across all taps.
    public func result() -> Tensor {
        let layer = self.layer, window = layer.window
        let layout = StrideSplitLayout(channels: layer.channelCount, window: window)
        let padded = layout.paddedCopy(of: layer.input)
        let (oh, ow) = (window.rows.outputSize, window.columns.outputSize)
        let (kh, kw) = (window.rows.kernelSize, window.columns.kernelSize)
        let rowStep = layout.offset(channel: 0, row: window.rows.stride, column: 0)
        let bandRows = max(1, Self.bandBytes / (MemoryLayout<Double>.stride * (ow + rowStep)))
        return padded.withUnsafeBufferPointer { xs in
            gradOutput.scalars.withUnsafeBufferPointer { gs in
                Tensor(zeros: resultShape) { gradient in
                    for band in stride(from: 0, to: oh, by: bandRows) {
                        let rows = min(bandRows, oh - band)
                        var weight = 0
                        for f in 0..<layer.filterCount {
                            for c in 0..<layer.channelsPerGroup {
                                let channel = layer.inputChannel(filter: f, kernelChannel: c)
                                for u in 0..<kh {
                                    for v in 0..<kw {
                                        let firstRead = layout.offset(
                                            channel: channel, row: window.rows.paddedPosition(output: band, tap: u),
                                            column: window.columns.paddedPosition(output: 0, tap: v))
                                        gradient[weight] += RowKernels.dot(
                                            gs, (f * oh + band) * ow, rowStep: ow, xs, firstRead, rowStep: rowStep, rows: rows,
                                            count: ow)
                                        weight += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The bytes of dL/dO and input rows one band may span: well inside a 32–48 KB L1 data cache.
    private static let bandBytes = 16 * 1024
}

/// dL/db[f] = Σ_y Σ_x dL/dO[f][y][x].
public struct Conv2DBiasGradient: TracedOperation {
    /// dL/dO.
    public let gradOutput: Tensor

    /// `.gradBias`.
    public var resultName: TensorName { .gradBias }
    /// `[F]`.
    public var resultShape: [Int] { [gradOutput.shape[0]] }

    /// One filter's bias gradient.
    public func value(at index: [Int]) -> Double {
        let plane = gradOutput.shape[1] * gradOutput.shape[2]
        let start = index[0] * plane
        return gradOutput.scalars[start..<(start + plane)].reduce(0, +)
    }

    /// OH·OW terms for every filter.
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? gradOutput.shape[1] * gradOutput.shape[2] : 0
    }

    /// One term per cell of that filter's dL/dO.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let f = targetIndex[0], gradOutput = self.gradOutput
        let width = gradOutput.shape[2]
        let terms = TermList(count: gradOutput.shape[1] * width) { k in
            Term(.element(.gradOutput, [f, k / width, k % width], gradOutput[f, k / width, k % width]))
        }
        return Step(
            number: number, target: .gradBias, targetIndex: targetIndex, rule: .sum, terms: terms, bias: nil,
            total: value(at: targetIndex))
    }

    /// All bias gradients.
    public func result() -> Tensor { resultCellByCell() }
}
