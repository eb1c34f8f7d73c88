/// A decoded picture: its size, its channels and its samples exactly as stored, as integers 0…`maxValue`.
///
/// Samples are row-major with the channels of a pixel side by side: the sample of `channel` at
/// (`row`, `column`) is `samples[(row * width + column) * channels.count + channel]`. Alpha never
/// appears: readers composite it onto white (see `ImageFile.read`).
public struct RasterImage: Hashable, Sendable {
    /// Height and width in pixels, each 1…`ImageLimits.maxSide`.
    public let size: ImageSize
    /// Grey (one sample per pixel) or rgb (three).
    public let channels: ImageChannels
    /// The value of full intensity: 255 for 8-bit data, 65535 for 16-bit, or a netpbm file's maxval.
    public let maxValue: Int
    /// `size.height × size.width × channels.count` samples, each 0…`maxValue`.
    public let samples: [UInt16]

    /// A picture from its parts, or nil if they disagree: a side outside 1…`ImageLimits.maxSide`, `maxValue`
    /// outside 1…65535, the wrong number of samples, or a sample above `maxValue`.
    public init?(size: ImageSize, channels: ImageChannels, maxValue: Int, samples: [UInt16]) {
        let sidesFit = size.isPositive && size.height <= ImageLimits.maxSide && size.width <= ImageLimits.maxSide
        guard sidesFit, (1...65535).contains(maxValue),
            samples.count == size.height * size.width * channels.count,
            samples.allSatisfy({ Int($0) <= maxValue })
        else { return nil }
        self.init(checked: size, channels: channels, maxValue: maxValue, samples: samples)
    }

    /// A picture from parts the caller has already checked (decoders and generators in this module).
    init(checked size: ImageSize, channels: ImageChannels, maxValue: Int, samples: [UInt16]) {
        self.size = size
        self.channels = channels
        self.maxValue = maxValue
        self.samples = samples
    }

    /// The number of columns.
    public var width: Int { size.width }
    /// The number of rows.
    public var height: Int { size.height }

    /// The stored sample of `channel` at (`row`, `column`), 0…`maxValue`.
    public func sample(row: Int, column: Int, channel: Int) -> Int {
        Int(samples[(row * size.width + column) * channels.count + channel])
    }
}
