import AtomicFiles
import CNNEngine

/// Image files on disk: the entry points a lesson loader and an exporter use.
public enum ImageFile {
    /// Reads a PNG, PGM or PPM file (the format is recognised from its bytes).
    ///
    /// - PNG: grey, grey+alpha, RGB, RGBA or palette at 1–16 bits. Up to 8 bits per sample reads as
    ///   `maxValue` 255; 16 bits as 65535. Palettes become rgb. Alpha is composited onto white on the
    ///   stored values: out = round(a·v + (1 − a)·max). libpng applies gamma only when a file declares
    ///   one that differs from what is returned (sRGB for 8-bit, linear for 16-bit).
    /// - Netpbm: P2, P3, P5, P6 with maxval 1…65535, kept as the image's `maxValue`.
    /// - Limits: `ImageLimits.maxFileBytes` for the file, `ImageLimits.maxSide` for each side.
    public static func read(_ path: String) throws(ImageFileError) -> RasterImage {
        try RasterImage(decoding: FileBytes.read(path))
    }

    /// Reads an image and converts it to a `[C][H][W]` tensor (the lesson keys `image:`, `channels:`,
    /// `scale:` and `size:`); see `RasterImage.tensor(_:)`.
    public static func readTensor(_ path: String, _ conversion: TensorConversion) throws(ImageFileError) -> Tensor {
        try read(path).tensor(conversion)
    }

    /// Encodes `image` as `format` and writes it atomically: a temporary file in the same folder is renamed
    /// into place. An existing file is replaced only when `overwrite` is true.
    public static func write(_ image: RasterImage, to path: String, format: ImageFileFormat, overwrite: Bool) throws(ImageWriteError) {
        let bytes = try image.encoded(as: format)
        do { try AtomicFile.write(bytes, to: path, overwrite: overwrite) } catch { throw .file(error) }
    }
}
