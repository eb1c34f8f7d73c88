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

    /// A max or average pooling layer with windows 1–3, strides 1–3, dilation 1–2, padding up to the dilated
    /// window, and random `ceilMode` and `countIncludePad` (redrawn until every window reads the input).
    static func pooling(_ kind: PoolKind, using generator: inout SeededGenerator) -> Pool2D {
        while true {
            let size = Pair(rows: Int.random(in: 1...3, using: &generator), columns: Int.random(in: 1...3, using: &generator))
            let stride = Pair(rows: Int.random(in: 1...3, using: &generator), columns: Int.random(in: 1...3, using: &generator))
            let dilation = Pair(rows: Int.random(in: 1...2, using: &generator), columns: Int.random(in: 1...2, using: &generator))
            let span = Pair(rows: dilation.rows * (size.rows - 1) + 1, columns: dilation.columns * (size.columns - 1) + 1)
            let padding = Padding(
                top: Int.random(in: 0...span.rows, using: &generator),
                bottom: Int.random(in: 0...span.rows, using: &generator),
                left: Int.random(in: 0...span.columns, using: &generator),
                right: Int.random(in: 0...span.columns, using: &generator))
            let shape = [
                Int.random(in: 1...3, using: &generator), Int.random(in: 1...7, using: &generator),
                Int.random(in: 1...7, using: &generator),
            ]
            let input = Tensor.random(shape, using: &generator)
            if let layer = try? Pool2D(
                kind: kind, input: input, size: size, stride: stride, padding: .explicit(padding), dilation: dilation,
                ceilMode: Bool.random(using: &generator), countIncludePad: Bool.random(using: &generator))
            {
                return layer
            }
        }
    }

    /// The same pooling layer over another input of the same shape.
    static func pooling(like layer: Pool2D, input: Tensor) -> Pool2D {
        let window = layer.window
        return try! Pool2D(
            kind: layer.kind, input: input, size: window.kernel, stride: window.stride,
            padding: .explicit(window.padding), dilation: window.dilation, ceilMode: window.ceilMode,
            countIncludePad: layer.countIncludePad)
    }
}

extension RandomLayers {
    /// A dense layer with 1–6 inputs and 1–5 outputs, with or without a bias.
    static func dense(using generator: inout SeededGenerator) -> Dense {
        let inputs = Int.random(in: 1...6, using: &generator), outputs = Int.random(in: 1...5, using: &generator)
        let input = Tensor.random([inputs], using: &generator)
        let weight = Tensor.random([outputs, inputs], using: &generator)
        let bias = Bool.random(using: &generator) ? Tensor.random([outputs], using: &generator) : nil
        return try! Dense(input: input, weight: weight, bias: bias)
    }

    /// A vector of 1–6 values spread over −4…4 (logits).
    static func logits(using generator: inout SeededGenerator) -> Tensor {
        let count = Int.random(in: 1...6, using: &generator)
        return Tensor(shape: [count]) { _ in Double.random(in: -4...4, using: &generator) }
    }

    /// Logits and a target class, given as an index or as a one-hot vector at random.
    static func classification(using generator: inout SeededGenerator) -> (logits: Tensor, target: ClassTarget) {
        let logits = logits(using: &generator)
        let index = Int.random(in: 0..<logits.count, using: &generator)
        let oneHot = Tensor(shape: logits.shape) { $0[0] == index ? 1 : 0 }
        return (logits, Bool.random(using: &generator) ? .index(index) : .oneHot(oneHot))
    }

    /// A `[C][H][W]` shape with sizes 1–4.
    static func imageShape(using generator: inout SeededGenerator) -> [Int] {
        (0..<3).map { _ in Int.random(in: 1...4, using: &generator) }
    }
}

/// The ranges a random convolution is drawn from, so a test can aim at one corner of the geometry.
struct ConvolutionRanges {
    /// How many groups the channels and filters are split into.
    var groups = 1...3
    /// Input channels per group (C/groups).
    var channelsPerGroup = 1...2
    /// Filters per group (F/groups).
    var filtersPerGroup = 1...2
    /// Kernel rows and columns.
    var kernel = 1...4
    /// Stride along each axis.
    var stride = 1...3
    /// Dilation along each axis.
    var dilation = 1...2
    /// Padding on each of the four sides, drawn separately (so usually asymmetric).
    var padding = 0...2
    /// Input rows and columns.
    var size = 1...9
    /// Whether the input, unpadded, is exactly as large as the dilated kernel (a single output cell unless padded).
    var inputMatchesKernel = false
}

extension RandomLayers {
    /// A (possibly grouped) convolution drawn from `ranges`, redrawn until the geometry is valid.
    static func convolution(_ ranges: ConvolutionRanges, using generator: inout SeededGenerator) -> Conv2D {
        func draw(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
        while true {
            let groups = draw(ranges.groups)
            let channels = groups * draw(ranges.channelsPerGroup), filters = groups * draw(ranges.filtersPerGroup)
            let kernel = Pair(rows: draw(ranges.kernel), columns: draw(ranges.kernel))
            let stride = Pair(rows: draw(ranges.stride), columns: draw(ranges.stride))
            let dilation = Pair(rows: draw(ranges.dilation), columns: draw(ranges.dilation))
            let padding = Padding(
                top: draw(ranges.padding), bottom: draw(ranges.padding), left: draw(ranges.padding), right: draw(ranges.padding))
            let size =
                ranges.inputMatchesKernel
                ? Pair(rows: dilation.rows * (kernel.rows - 1) + 1, columns: dilation.columns * (kernel.columns - 1) + 1)
                : Pair(rows: draw(ranges.size), columns: draw(ranges.size))
            let input = Tensor.random([channels, size.rows, size.columns], using: &generator)
            let weights = Tensor.random([filters, channels / groups, kernel.rows, kernel.columns], using: &generator)
            let bias = Tensor.random([filters], using: &generator)
            if let layer = try? Conv2D(
                input: input, filters: weights, bias: bias, stride: stride, padding: .explicit(padding),
                dilation: dilation, groups: groups)
            {
                return layer
            }
        }
    }
}
