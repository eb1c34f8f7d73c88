/// The receptive field through a stack: the size r of the input patch one output cell sees and the jump j
/// between neighbouring outputs, in input pixels. A window of k taps, dilation d and stride s gives
/// r ← r + (k − 1)·d·j and j ← j·s; an activation changes nothing; a flatten or dense layer sees the whole input.
///
/// A transposed layer upsamples: one of its output cells is covered by the stamps of at most
/// m = ⌊d·(k − 1) / s⌋ + 1 neighbouring input cells, so r ← r + (m − 1)·j, and its outputs are j / s input pixels
/// apart. From then on r and j may be fractions of a pixel, and the field shown is ⌈r⌉: the most any output cell
/// sees (cells of an upsampled map see different numbers of input pixels).
struct ReceptiveField {
    private var rows = AxisReceptiveField()
    private var columns = AxisReceptiveField()
    private var isWholeInput = false

    /// Rows and columns one output cell sees (the most any cell sees after upsampling); nil once the activation is a
    /// vector.
    var size: Pair? { isWholeInput ? nil : Pair(rows: rows.pixels, columns: columns.pixels) }

    /// Whether a transposed layer came before, so `size` is an upper bound.
    var isUpperBound: Bool { !isWholeInput && (rows.hasUpsampled || columns.hasUpsampled) }

    /// The field after `spec`.
    mutating func advance(through spec: LayerSpec) {
        switch spec {
        case let .convolution(_, kernel, stride, _, dilation, _), let .pooling(_, kernel, stride, _, dilation, _, _):
            rows.grow(kernel: kernel.rows, stride: stride.rows, dilation: dilation.rows)
            columns.grow(kernel: kernel.columns, stride: stride.columns, dilation: dilation.columns)
        case let .transposedConvolution(_, kernel, stride, _, _, dilation, _):
            rows.upsample(kernel: kernel.rows, stride: stride.rows, dilation: dilation.rows)
            columns.upsample(kernel: kernel.columns, stride: stride.columns, dilation: dilation.columns)
        case .activation:
            break
        case .flatten, .fullyConnected, .softmax:
            isWholeInput = true
        }
    }
}

/// One axis of a receptive field in units of 1/`denominator` input pixel (1 until a transposed layer divides the
/// jump by its stride). Products saturate at `Int.max` rather than trap, for absurd stacks of strides.
struct AxisReceptiveField {
    private var span = 1
    private var jump = 1
    private var denominator = 1
    /// Whether a transposed layer has been passed: output cells then see different numbers of input pixels, and
    /// `pixels` is the most any of them sees.
    private(set) var hasUpsampled = false

    /// The field in whole input pixels, rounded up.
    var pixels: Int { span / denominator + (span % denominator == 0 ? 0 : 1) }

    /// r ← r + (k − 1)·d·j, j ← j·s.
    mutating func grow(kernel: Int, stride: Int, dilation: Int) {
        span = Self.adding(span, Self.multiplying(Self.multiplying(kernel - 1, dilation), jump))
        jump = Self.multiplying(jump, stride)
        reduce()
    }

    /// r ← r + (m − 1)·j with m = ⌊d·(k − 1) / s⌋ + 1, then j ← j / s.
    mutating func upsample(kernel: Int, stride: Int, dilation: Int) {
        let overlapping = dilation * (kernel - 1) / max(stride, 1) + 1
        span = Self.adding(span, Self.multiplying(overlapping - 1, jump))
        span = Self.multiplying(span, stride)
        denominator = Self.multiplying(denominator, stride)
        hasUpsampled = true
        reduce()
    }

    private mutating func reduce() {
        let common = Self.greatestCommonDivisor(Self.greatestCommonDivisor(span, jump), denominator)
        guard common > 1 else { return }
        (span, jump, denominator) = (span / common, jump / common, denominator / common)
    }

    private static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int { b == 0 ? a : greatestCommonDivisor(b, a % b) }

    private static func multiplying(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? Int.max : product
    }

    private static func adding(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
