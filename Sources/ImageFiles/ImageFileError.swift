/// Why an image file could not be read or converted. Each description is one sentence meant to be shown
/// at the lesson's `image:` key (or `size:` for the last two cases); only the file errors name the path.
public enum ImageFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing exists at the path.
    case missing(path: String)
    /// The path exists but cannot be read: permissions, a folder, an I/O error (`reason` from the system).
    case unreadable(path: String, reason: String)
    /// The file holds more than `ImageLimits.maxFileBytes` bytes.
    case fileTooLarge(path: String)
    /// The bytes begin with neither the PNG signature nor a netpbm magic number; `firstBytes` holds up to
    /// eight of them (none for an empty file).
    case notAnImage(firstBytes: [UInt8])
    /// A netpbm variant that is recognised but not read, e.g. "PAM (P7)".
    case unsupportedFormat(String)
    /// A netpbm maxval outside 1…65535 (saturated at `Int.max` if it overflows).
    case unsupportedMaxValue(Int)
    /// A netpbm header that does not follow the format; the text says what was expected and found.
    case badHeader(String)
    /// The data ends before the image does; the text says where.
    case truncated(String)
    /// The data is damaged (a bad checksum, an impossible value); the text says how.
    case corrupt(String)
    /// The image is wider or taller than `ImageLimits.maxSide`.
    case tooLarge(ImageSize)
    /// A requested `size:` with a side below 1.
    case invalidSize(ImageSize)
    /// A requested `size:` taller or wider than the image: area averaging only shrinks.
    case sizeLargerThanImage(requested: ImageSize, image: ImageSize)

    /// The message for the person who wrote the lesson.
    public var description: String {
        switch self {
        case .missing(let path): "no such file: \(path)"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .fileTooLarge(let path): "\(path) is larger than \(ImageLimits.maxFileBytes >> 20) MiB, the limit for image files"
        case .notAnImage(let firstBytes): Self.notAnImageMessage(firstBytes)
        case .unsupportedFormat(let name): "unsupported image format \(name); use PNG, PGM (P2/P5) or PPM (P3/P6)"
        case .unsupportedMaxValue(let value): "unsupported netpbm maxval \(value): it must be 1…65535"
        case .badHeader(let detail): "bad netpbm header: \(detail)"
        case .truncated(let detail): "truncated image: \(detail)"
        case .corrupt(let detail): "corrupt image: \(detail)"
        case .tooLarge(let size):
            "the image is \(size); the limit is \(ImageLimits.maxSide) × \(ImageLimits.maxSide) pixels"
        case .invalidSize(let size): "size [\(size.height), \(size.width)] must have both sides at least 1"
        case .sizeLargerThanImage(let requested, let image):
            "size [\(requested.height), \(requested.width)] is larger than the image (\(image)); area averaging only shrinks"
        }
    }

    private static func notAnImageMessage(_ firstBytes: [UInt8]) -> String {
        guard !firstBytes.isEmpty else { return "not an image: the file is empty" }
        let hex = firstBytes.map(hexByte).joined(separator: " ")
        return "not a PNG, PGM or PPM image (it starts with bytes \(hex))"
    }
}
