/// The colour layout of an image: one grey channel, or three channels red, green, blue.
public enum ImageChannels: String, Hashable, Sendable, CaseIterable {
    /// One channel of intensity (the lesson key `channels: grey`).
    case grey
    /// Three channels in the order red, green, blue (the lesson key `channels: rgb`).
    case rgb

    /// The number of channels: 1 for grey, 3 for rgb.
    public var count: Int {
        switch self {
        case .grey: 1
        case .rgb: 3
        }
    }
}
