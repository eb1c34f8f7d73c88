/// How a tensor's values become tones: a grey ramp from 0 up, or a diverging map centred on 0. Every panel of a
/// tensor uses one scale for all its planes and steps, so a value always has the same shade.
public enum PictureScale: Hashable, Sendable {
    /// Values 0 … `top` run from black to white; anything below 0 is black, above `top` white.
    case intensity(top: Double)
    /// Values −`extent` … 0 … `extent` run from blue through white to red.
    case signed(extent: Double)

    /// The scale that shows `values`: diverging around 0 as soon as one is negative (its extent the largest
    /// magnitude), else a grey ramp up to `fullIntensity` (an image's 255 or 1) or, without one, the largest value.
    /// Infinite and NaN values are ignored; a tensor of zeros gets a ramp to 1.
    public static func fitting(_ values: some Sequence<Double>, fullIntensity: Double? = nil) -> PictureScale {
        var low = 0.0, high = 0.0
        for value in values where value.isFinite {
            if value < low { low = value }
            if value > high { high = value }
        }
        if low < 0 { return .signed(extent: max(-low, high)) }
        let top = max(high, fullIntensity ?? 0)
        return .intensity(top: top > 0 ? top : 1)
    }

    /// The tone of `value` (NaN is black or white-for-zero). Inlinable: a picture asks it for every pixel on screen.
    @inlinable
    public func tone(_ value: Double) -> PictureTone {
        switch self {
        case .intensity(let top):
            let fraction = Self.clamped(value / top, 0...1)
            return .grey(UInt8(Self.roundedHalfAway(fraction * 255)))
        case .signed(let extent):
            let fraction = Self.clamped(value / extent, -1...1)
            return .signed(Int8(Self.roundedHalfAway(fraction * 127)))
        }
    }

    /// Whether values of both signs are drawn.
    public var isSigned: Bool {
        if case .signed = self { return true }
        return false
    }

    /// The values a legend names: 0 and the top of a grey ramp; −extent, 0 and extent of a diverging map.
    public var legendValues: [Double] {
        switch self {
        case .intensity(let top): [0, top]
        case .signed(let extent): [-extent, 0, extent]
        }
    }

    /// `value` to the nearest whole number, halves away from zero, by adding ±0.5 and truncating: `rounded()` is a
    /// call into the C library, and this runs twice for every cell of a picture. It differs from `rounded()` only
    /// just below a half (0.49999999999999994 + 0.5 is 1 in floating point), a tone level no one can see.
    @usableFromInline
    static func roundedHalfAway(_ value: Double) -> Int {
        Int(value + (value < 0 ? -0.5 : 0.5))
    }

    @usableFromInline
    static func clamped(_ value: Double, _ bounds: ClosedRange<Double>) -> Double {
        value.isNaN ? 0 : min(max(value, bounds.lowerBound), bounds.upperBound)
    }
}
