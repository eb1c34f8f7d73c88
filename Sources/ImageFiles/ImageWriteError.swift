import AtomicFiles

/// Why an image could not be made from a tensor, encoded or written.
public enum ImageWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The tensor is not `[H][W]`, `[1][H][W]` or `[3][H][W]` (or has no plane `plane` when one was asked for).
    case unsupportedShape([Int])
    /// The asked-for plane is not one of the tensor's `count` planes.
    case planeOutOfRange(plane: Int, count: Int)
    /// The value range mapped to 0–255 is empty or not finite.
    case invalidRange(lower: Double, upper: Double)
    /// The picture is wider or taller than `ImageLimits.maxSide`.
    case tooLarge(ImageSize)
    /// PNG is written 8-bit only: the image's maxValue must be 255.
    case notEightBit(maxValue: Int)
    /// libpng refused to encode (its message).
    case encoder(String)
    /// The file could not be written, or exists and overwriting was not asked for.
    case file(FileWriteError)

    /// One sentence for the user.
    public var description: String {
        switch self {
        case .unsupportedShape(let shape): "cannot draw a tensor of shape \(shape): expected [H, W], [1, H, W] or [3, H, W]"
        case .planeOutOfRange(let plane, let count): "plane \(plane) does not exist: the tensor has \(count) planes"
        case .invalidRange(let lower, let upper): "the value range \(lower)…\(upper) must be finite and not empty"
        case .tooLarge(let size): "the picture is \(size); the limit is \(ImageLimits.maxSide) × \(ImageLimits.maxSide) pixels"
        case .notEightBit(let maxValue): "PNG is written with 8-bit samples, but this image's maxval is \(maxValue), not 255"
        case .encoder(let message): "libpng could not encode the image: \(message)"
        case .file(let error): error.description
        }
    }
}
