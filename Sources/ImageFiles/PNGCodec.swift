import CLibPNG

/// PNG through libpng's simplified API (`png_image_*`), which reports failures in the `png_image` rather
/// than by longjmp, so nothing unwinds through Swift.
enum PNGCodec {
    /// The eight bytes every PNG file starts with.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// libpng's message when the data ends early (pngread.c, reading from memory).
    private static let endOfDataMessage = "read beyond end of data"

    /// Decodes any valid PNG: grey, grey+alpha, RGB, RGBA or palette at any bit depth.
    ///
    /// Files of 1–8 bits per sample come back 8-bit (`maxValue` 255) sRGB-encoded, which is the stored
    /// value unless the file declares another gamma; 16-bit files come back 16-bit (`maxValue` 65535)
    /// through libpng's linear path, which is the stored value unless the file declares a gamma or sRGB.
    /// Palettes are expanded to rgb. Alpha is composited onto white (`AlphaCompositing`).
    static func decode(_ bytes: [UInt8]) throws(ImageFileError) -> RasterImage {
        if let declared = declaredSize(bytes) { try ImageLimits.check(declared) }
        let decoded = bytes.withUnsafeBytes { buffer -> Result<RasterImage, ImageFileError> in
            // libpng reads from `buffer` until png_image_finish_read, so both calls happen in here.
            var image = cnn_png_image_new()
            defer { png_image_free(&image) }
            guard png_image_begin_read_from_memory(&image, buffer.baseAddress, buffer.count) != 0 else {
                return .failure(failure(of: &image))
            }
            return finishReading(&image)
        }
        return try decoded.get()
    }

    /// The width and height an IHDR chunk at the start declares, read before libpng so that sizes above
    /// libpng's own limit (a million pixels a side) are reported as too large rather than as corrupt.
    private static func declaredSize(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 24, bytes[12..<16].elementsEqual("IHDR".utf8) else { return nil }
        let bigEndian = { (start: Int) in bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
        return ImageSize(height: bigEndian(20), width: bigEndian(16))
    }

    private static func finishReading(_ image: inout png_image) -> Result<RasterImage, ImageFileError> {
        let size = ImageSize(height: Int(image.height), width: Int(image.width))
        do { try ImageLimits.check(size) } catch { return .failure(error) }
        let fileFormat = image.format
        let channels: ImageChannels = fileFormat & cnn_png_format_flag_color() != 0 ? .rgb : .grey
        let hasAlpha = fileFormat & cnn_png_format_flag_alpha() != 0
        let sixteenBit = fileFormat & cnn_png_format_flag_linear() != 0
        // Ask for the file's own layout minus any colour map, so libpng expands palettes and low bit depths.
        image.format = fileFormat & (cnn_png_format_flag_color() | cnn_png_format_flag_alpha() | cnn_png_format_flag_linear())
        let read = sixteenBit ? readSamples(&image, as: UInt16.self) : readSamples(&image, as: UInt8.self)
        guard let stored = read else { return .failure(failure(of: &image)) }
        let maxValue = sixteenBit ? 65535 : 255
        let samples =
            hasAlpha
            ? AlphaCompositing.ontoWhite(stored, colourChannels: channels.count, maxValue: maxValue, premultiplied: sixteenBit)
            : stored
        return .success(RasterImage(checked: size, channels: channels, maxValue: maxValue, samples: samples))
    }

    /// The image's samples in `image.format`, widened to UInt16; nil if libpng failed.
    private static func readSamples<Sample: FixedWidthInteger & UnsignedInteger>(
        _ image: inout png_image, as: Sample.Type
    ) -> [UInt16]? {
        var buffer = [Sample](repeating: 0, count: cnn_png_image_size(&image) / MemoryLayout<Sample>.size)
        let finished = buffer.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, 0, nil) }
        return finished != 0 ? buffer.map { UInt16($0) } : nil
    }

    /// libpng's message as a typed error: running out of data is `truncated`, anything else `corrupt`.
    private static func failure(of image: inout png_image) -> ImageFileError {
        let message = String(cString: cnn_png_image_message(&image))
        return message.contains(endOfDataMessage)
            ? .truncated("the PNG data ends early (libpng: \(message))")
            : .corrupt("libpng: \(message)")
    }

    /// An 8-bit grey or RGB PNG of `image`, which must have `maxValue` 255.
    static func encode(_ image: RasterImage) throws(ImageWriteError) -> [UInt8] {
        guard image.maxValue == 255 else { throw .notEightBit(maxValue: image.maxValue) }
        var description = cnn_png_image_new()
        description.width = UInt32(image.width)
        description.height = UInt32(image.height)
        description.format = image.channels == .rgb ? cnn_png_format_flag_color() : 0
        let pixels = image.samples.map { UInt8($0) }
        var byteCount: png_alloc_size_t = 0
        guard png_image_write_to_memory(&description, nil, &byteCount, 0, pixels, 0, nil) != 0 else {
            throw .encoder(String(cString: cnn_png_image_message(&description)))
        }
        var encoded = [UInt8](repeating: 0, count: Int(byteCount))
        let written = encoded.withUnsafeMutableBytes { buffer in
            png_image_write_to_memory(&description, buffer.baseAddress, &byteCount, 0, pixels, 0, nil)
        }
        guard written != 0 else { throw .encoder(String(cString: cnn_png_image_message(&description))) }
        return Array(encoded.prefix(Int(byteCount)))
    }
}
