import CNNEngine

extension RandomLayers {
    /// A transposed convolution with groups 1–3 and 1–2 input and output channels per group, kernels 1–4, strides
    /// 1–3, padding 0–2, dilation 1–2, output_padding below the stride or the dilation, inputs 1–5.
    static func transposedConvolution(using generator: inout SeededGenerator) -> ConvTranspose2D {
        func draw(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
        func pair(_ range: ClosedRange<Int>) -> Pair { Pair(rows: draw(range), columns: draw(range)) }
        while true {
            let groups = draw(1...3)
            let channels = groups * draw(1...2), filters = groups * draw(1...2)
            let (kernel, stride, padding, dilation, size) = (pair(1...4), pair(1...3), pair(0...2), pair(1...2), pair(1...5))
            let outputPadding = Pair(
                rows: draw(0...(max(stride.rows, dilation.rows) - 1)), columns: draw(0...(max(stride.columns, dilation.columns) - 1)))
            let input = Tensor.random([channels, size.rows, size.columns], using: &generator)
            let weight = Tensor.random([channels, filters / groups, kernel.rows, kernel.columns], using: &generator)
            let bias = Tensor.random([filters], using: &generator)
            if let layer = try? ConvTranspose2D(
                input: input, weight: weight, bias: bias, stride: stride, padding: padding, outputPadding: outputPadding,
                dilation: dilation, groups: groups)
            {
                return layer
            }
        }
    }

    /// The same transposed layer with some of its tensors replaced (for finite differences).
    static func replacing(
        _ layer: ConvTranspose2D, input: Tensor? = nil, weight: Tensor? = nil, bias: Tensor? = nil
    ) throws -> ConvTranspose2D {
        try ConvTranspose2D(
            input: input ?? layer.input, weight: weight ?? layer.weight, bias: bias ?? layer.bias,
            stride: layer.window.stride, padding: layer.window.padding, outputPadding: layer.window.outputPadding,
            dilation: layer.window.dilation, groups: layer.groups)
    }
}
