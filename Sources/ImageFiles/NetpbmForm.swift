/// The four netpbm forms read and written: PGM (grey) and PPM (rgb), each plain (ASCII) or raw (binary).
enum NetpbmForm: UInt8, CaseIterable {
    /// P2: grey samples as decimal text.
    case plainGrey = 0x32
    /// P3: rgb samples as decimal text.
    case plainRGB = 0x33
    /// P5: grey samples as bytes (two per sample, big-endian, when maxval > 255).
    case binaryGrey = 0x35
    /// P6: rgb samples as bytes (two per sample, big-endian, when maxval > 255).
    case binaryRGB = 0x36

    /// The form for an image's channels, plain or binary.
    init(channels: ImageChannels, plain: Bool) {
        switch (channels, plain) {
        case (.grey, true): self = .plainGrey
        case (.rgb, true): self = .plainRGB
        case (.grey, false): self = .binaryGrey
        case (.rgb, false): self = .binaryRGB
        }
    }

    /// Grey for PGM, rgb for PPM.
    var channels: ImageChannels {
        switch self {
        case .plainGrey, .binaryGrey: .grey
        case .plainRGB, .binaryRGB: .rgb
        }
    }

    /// Whether samples are decimal text.
    var isPlain: Bool {
        switch self {
        case .plainGrey, .plainRGB: true
        case .binaryGrey, .binaryRGB: false
        }
    }

    /// The two-byte magic number, "P2" … "P6".
    var magic: [UInt8] { [UInt8(ascii: "P"), rawValue] }

    /// "P5 (PGM)", for messages.
    var name: String { "P\(Character(Unicode.Scalar(rawValue))) (\(channels == .grey ? "PGM" : "PPM"))" }

    /// The names of netpbm magic numbers that are recognised but not read, by their second byte.
    static let unsupported: [UInt8: String] = [
        UInt8(ascii: "1"): "PBM (P1)", UInt8(ascii: "4"): "PBM (P4)", UInt8(ascii: "7"): "PAM (P7)",
        UInt8(ascii: "F"): "PFM (PF)", UInt8(ascii: "f"): "PFM (Pf)",
    ]
}
