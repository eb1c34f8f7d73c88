extension RasterImage {
    /// Decodes PNG, PGM or PPM bytes, recognised by their signature, never by a file name.
    ///
    /// Any bytes give either an image or an `ImageFileError`; nothing traps. See `PNGCodec.decode` and
    /// `NetpbmCodec` for exactly what each format yields.
    public init(decoding bytes: [UInt8]) throws(ImageFileError) {
        if bytes.starts(with: PNGCodec.signature) {
            self = try PNGCodec.decode(bytes)
        } else if NetpbmCodec.isNetpbm(bytes) {
            self = try NetpbmCodec.decode(bytes)
        } else if !bytes.isEmpty && PNGCodec.signature.starts(with: bytes) {
            throw .truncated("the file ends inside the PNG signature")
        } else {
            throw .notAnImage(firstBytes: Array(bytes.prefix(8)))
        }
    }

    /// The file contents of this image in `format`. PNG needs `maxValue` 255; netpbm keeps any maxval.
    public func encoded(as format: ImageFileFormat) throws(ImageWriteError) -> [UInt8] {
        switch format {
        case .png: try PNGCodec.encode(self)
        case .netpbmBinary: NetpbmCodec.encode(self, plain: false)
        case .netpbmPlain: NetpbmCodec.encode(self, plain: true)
        }
    }
}
