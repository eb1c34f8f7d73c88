/// The largest images and files ImageFiles reads or writes: the one place these limits are set.
///
/// A lesson's own limit on tensor elements is the caller's business; these only keep a hostile or
/// mistaken file from exhausting memory.
public enum ImageLimits {
    /// The longest side, in pixels, of an image read or written: 4096, so at most 4096 × 4096 pixels.
    public static let maxSide = 4096

    /// The largest file read, in bytes: 256 MiB. Every binary form at the pixel limit fits (a 16-bit
    /// 4096 × 4096 PPM is 96 MiB); a plain-text P2/P3 that large may not, and is refused unread.
    public static let maxFileBytes = 256 << 20

    /// Throws `tooLarge` unless both sides of `size` are at most `maxSide`.
    static func check(_ size: ImageSize) throws(ImageFileError) {
        guard size.height <= maxSide, size.width <= maxSide else { throw .tooLarge(size) }
    }
}
