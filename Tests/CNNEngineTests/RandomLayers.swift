import CNNEngine

/// Random but valid layer configurations covering the ranges the issue names.
enum RandomLayers {
    /// A convolution with channels 1–3, filters 1–3, kernels 1–5, strides 1–3, asymmetric padding, dilation 1–2.
    static func convolution(using generator: inout SeededGenerator) -> Conv2D {
        while true {
            let channels = Int.random(in: 1...3, using: &generator), filters = Int.random(in: 1...3, using: &generator)
            let kernel = Pair(rows: Int.random(in: 1...5, using: &generator), columns: Int.random(in: 1...5, using: &generator))
            let stride = Pair(rows: Int.random(in: 1...3, using: &generator), columns: Int.random(in: 1...3, using: &generator))
            let dilation = Pair(rows: Int.random(in: 1...2, using: &generator), columns: Int.random(in: 1...2, using: &generator))
            let padding = Padding(
                top: Int.random(in: 0...2, using: &generator), bottom: Int.random(in: 0...2, using: &generator),
                left: Int.random(in: 0...2, using: &generator), right: Int.random(in: 0...2, using: &generator))
            let size = Pair(rows: Int.random(in: 1...9, using: &generator), columns: Int.random(in: 1...9, using: &generator))
            let input = Tensor.random([channels, size.rows, size.columns], using: &generator)
            let weights = Tensor.random([filters, channels, kernel.rows, kernel.columns], using: &generator)
            let bias = Tensor.random([filters], using: &generator)
            if let layer = try? Conv2D(
                input: input, filters: weights, bias: bias, stride: stride, padding: .explicit(padding),
                dilation: dilation)
            {
                return layer
            }
        }
    }

    /// A max or average pooling layer with windows 1–3, strides 1–3 and padding up to half the window.
    static func pooling(_ kind: PoolKind, using generator: inout SeededGenerator) -> Pool2D {
        while true {
            let size = Pair(rows: Int.random(in: 1...3, using: &generator), columns: Int.random(in: 1...3, using: &generator))
            let stride = Pair(rows: Int.random(in: 1...3, using: &generator), columns: Int.random(in: 1...3, using: &generator))
            let padding = Padding(
                top: Int.random(in: 0...(size.rows / 2), using: &generator),
                bottom: Int.random(in: 0...(size.rows / 2), using: &generator),
                left: Int.random(in: 0...(size.columns / 2), using: &generator),
                right: Int.random(in: 0...(size.columns / 2), using: &generator))
            let shape = [Int.random(in: 1...3, using: &generator), Int.random(in: 1...7, using: &generator), Int.random(in: 1...7, using: &generator)]
            let input = Tensor.random(shape, using: &generator)
            if let layer = try? Pool2D(kind: kind, input: input, size: size, stride: stride, padding: .explicit(padding)) {
                return layer
            }
        }
    }
}
