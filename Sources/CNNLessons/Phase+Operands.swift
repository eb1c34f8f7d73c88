import CNNEngine

extension Phase {
    /// The tensors a phase is computed from, in the order they are shown: e.g. X, W, b for a forward
    /// convolution; the zero-inserted padded dL/dO and the rotated filters for dL/dX.
    public var operandTensors: [(name: TensorName, tensor: Tensor)] {
        switch (kind, stage) {
        case (.forward, .convolution(let conv)):
            return [(.input, conv.input), (.filters, conv.filters)] + (conv.hasBias ? [(.bias, conv.bias)] : [])
        case (.forward, _), (.image, _):
            return stage.input.map { [(.input, $0)] } ?? []
        case (.gradFilters, .convolution(let conv)):
            return [(.input, conv.input)] + (gradOutput.map { [(.gradOutput, $0)] } ?? [])
        case (.gradInput, .convolution(let conv)):
            guard let gradOutput else { return [] }
            let grid = GradOutputFullGrid(layer: conv, gradOutput: gradOutput)
            let full = Tensor(shape: [conv.filterCount, grid.size.rows, grid.size.columns]) {
                grid.operand(filter: $0[0], row: $0[1], column: $0[2]).value
            }
            let rotated = Tensor(shape: conv.filters.shape) { index in
                conv.filters[[index[0], index[1], conv.filters.shape[2] - 1 - index[2], conv.filters.shape[3] - 1 - index[3]]]
            }
            return [(.gradOutput, gradOutput), (.gradOutputFullGrid, full), (.rotatedFilters, rotated)]
        case (.gradInput, _):
            return (stage.input.map { [(.input, $0)] } ?? []) + (gradOutput.map { [(.gradOutput, $0)] } ?? [])
        case (.gradBias, _):
            return gradOutput.map { [(.gradOutput, $0)] } ?? []
        default:
            return []
        }
    }

    /// A caption for an operand tensor, e.g. `dL/dZ, zeros inserted and padded (full grid)`.
    public func caption(for tensor: TensorName) -> String {
        let name = names.name(of: tensor == .gradOutputFullGrid ? .gradOutput : tensor)
        switch tensor {
        case .gradOutputFullGrid: return "\(name) with zeros inserted (stride) and padded for the full convolution"
        case .rotatedFilters: return "\(names.filters) rotated 180°"
        default: return name
        }
    }
}
