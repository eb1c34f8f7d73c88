/// The scatter view: O[f][y][x] = Σ X[c][i][j] · W[c][f'][u][v] + b[f] over the input cells (c, i, j) of f's group and
/// the taps (u, v) whose stamp lands on the cell, i·sh + u·dh − ph = y and j·sw + v·dw − pw = x (f' is f in its group).
public struct ConvTranspose2DStamps: ConvTranspose2DView {
    /// The layer computed.
    public let layer: ConvTranspose2D

    /// One output cell, summing only the stamps that cover it, in the order of the step's terms, then the bias.
    public func value(at index: [Int]) -> Double {
        let (f, y, x) = (index[0], index[1], index[2])
        let rows = layer.window.rows.stamps(covering: y), columns = layer.window.columns.stamps(covering: x)
        let kernelChannel = layer.kernelChannel(ofOutputChannel: f)
        var sum = 0.0
        for c in layer.inputChannels(stampingOnto: f) {
            for row in rows {
                for column in columns {
                    sum += layer.input[c, row.input, column.input] * layer.weight[c, kernelChannel, row.tap, column.tap]
                }
            }
        }
        return withBias(sum, outputChannel: f)
    }

    /// The cell's stamp count (`ConvTranspose2D.stampCount(at:)`).
    public func termCount(ofStep number: Int) -> Int {
        number >= 0 && number < stepCount ? layer.stampCount(at: Tensor.index(ofFlat: number, in: resultShape)) : 0
    }

    /// One term per stamp covering the cell, input channel by channel, then input cells in row-major order:
    /// the input cell × the kernel weight of the tap that lands here.
    public func makeStep(number: Int, targetIndex: [Int]) -> Step {
        let (f, y, x) = (targetIndex[0], targetIndex[1], targetIndex[2])
        let layer = self.layer, channels = layer.inputChannels(stampingOnto: f)
        let kernelChannel = layer.kernelChannel(ofOutputChannel: f)
        let rows = layer.window.rows.stamps(covering: y), columns = layer.window.columns.stamps(covering: x)
        let perChannel = rows.count * columns.count
        let terms = TermList(count: channels.count * perChannel) { k in
            let c = channels.lowerBound + k / perChannel
            let row = rows[k % perChannel / columns.count], column = columns[k % columns.count]
            let inputIndex = [c, row.input, column.input], weightIndex = [c, kernelChannel, row.tap, column.tap]
            return Term(
                .element(layer.roles.input, inputIndex, layer.input[inputIndex]),
                .element(.filters, weightIndex, layer.weight[weightIndex]))
        }
        return sumStep(number: number, targetIndex: targetIndex, terms: terms)
    }
}
