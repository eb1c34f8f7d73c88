import CNNEngine

extension RasterImage {
    /// An 8-bit picture of a tensor: `[H][W]` or `[1][H][W]` gives grey, `[3][H][W]` gives rgb.
    ///
    /// Values map linearly from `range` to 0…255 (lower bound → 0, upper bound → 255), rounded to the
    /// nearest integer; values outside the range are clamped and NaN becomes 0. For a feature map, pass the
    /// range of values it should show, e.g. its own minimum…maximum.
    public init(tensor: Tensor, range: ClosedRange<Double>) throws(ImageWriteError) {
        let planes: Int, height: Int, width: Int
        switch tensor.shape.count {
        case 2: (planes, height, width) = (1, tensor.shape[0], tensor.shape[1])
        case 3: (planes, height, width) = (tensor.shape[0], tensor.shape[1], tensor.shape[2])
        default: throw .unsupportedShape(tensor.shape)
        }
        guard planes == 1 || planes == 3, height > 0, width > 0 else { throw .unsupportedShape(tensor.shape) }
        try self.init(planes: tensor.scalars, count: planes, size: ImageSize(height: height, width: width), range: range)
    }

    /// An 8-bit grey picture of plane `plane` of a `[C][H][W]` tensor (one feature map), mapped as above.
    public init(tensor: Tensor, plane: Int, range: ClosedRange<Double>) throws(ImageWriteError) {
        guard tensor.shape.count == 3, tensor.shape.allSatisfy({ $0 > 0 }) else { throw .unsupportedShape(tensor.shape) }
        guard (0..<tensor.shape[0]).contains(plane) else { throw .planeOutOfRange(plane: plane, count: tensor.shape[0]) }
        let planeSize = tensor.shape[1] * tensor.shape[2]
        let values = Array(tensor.scalars[plane * planeSize..<(plane + 1) * planeSize])
        try self.init(planes: values, count: 1, size: ImageSize(height: tensor.shape[1], width: tensor.shape[2]), range: range)
    }

    /// `count` planes of `size`, plane after plane, interleaved into pixels.
    private init(planes values: [Double], count: Int, size: ImageSize, range: ClosedRange<Double>) throws(ImageWriteError) {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { throw .invalidRange(lower: range.lowerBound, upper: range.upperBound) }
        guard size.height <= ImageLimits.maxSide, size.width <= ImageLimits.maxSide else { throw .tooLarge(size) }
        let planeSize = size.height * size.width
        let samples = (0..<planeSize * count).map { index in
            let value = values[(index % count) * planeSize + index / count]
            let fraction = ((value - range.lowerBound) / span).clamped(to: 0...1)
            return UInt16((fraction.isNaN ? 0 : fraction * 255).rounded())
        }
        self.init(checked: size, channels: count == 3 ? .rgb : .grey, maxValue: 255, samples: samples)
    }
}

extension Double {
    /// This value limited to `bounds` (NaN stays NaN).
    fileprivate func clamped(to bounds: ClosedRange<Double>) -> Double {
        Swift.min(Swift.max(self, bounds.lowerBound), bounds.upperBound)
    }
}
