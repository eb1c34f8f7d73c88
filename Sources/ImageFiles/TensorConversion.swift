/// The value of full intensity in a tensor made from an image (the lesson key `scale:`).
public enum SampleScale: Double, Hashable, Sendable, CaseIterable {
    /// `scale: 1`: values 0…1.
    case unit = 1
    /// `scale: 255`: values 0…255, so an 8-bit image gives its stored integers exactly.
    case byte = 255
}

/// How a picture becomes a `[C][H][W]` tensor: the lesson keys `channels:`, `scale:` and `size:`.
public struct TensorConversion: Hashable, Sendable {
    /// `grey` or `rgb`; nil keeps the image's own channels. rgb → grey is ITU-R BT.601 luma,
    /// 0.299 R + 0.587 G + 0.114 B; grey → rgb repeats the grey value in all three channels.
    public var channels: ImageChannels?
    /// The value of full intensity (a sample equal to the image's maxValue).
    public var scale: SampleScale
    /// Shrink to this size by area averaging; nil keeps the image's size.
    public var size: ImageSize?

    /// A conversion; by default the image's own channels, values 0–255 and its own size.
    public init(channels: ImageChannels? = nil, scale: SampleScale = .byte, size: ImageSize? = nil) {
        self.channels = channels
        self.scale = scale
        self.size = size
    }
}
