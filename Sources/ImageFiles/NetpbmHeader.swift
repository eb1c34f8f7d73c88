/// The header of a PGM or PPM file: magic number, width, height, maxval.
struct NetpbmHeader {
    /// P2, P3, P5 or P6.
    let form: NetpbmForm
    /// Height and width, each 1…`ImageLimits.maxSide`.
    let size: ImageSize
    /// 1…65535.
    let maxValue: Int
    /// Where the raster begins: for binary forms, just after the single whitespace byte after maxval.
    let rasterStart: Int

    /// Parses the header of `bytes`, which start with `form`'s magic number.
    init(_ bytes: [UInt8], form: NetpbmForm) throws(ImageFileError) {
        var scanner = NetpbmScanner(bytes, at: form.magic.count)
        guard let next = scanner.current else { throw .truncated("the \(form.name) header ends after the magic number") }
        guard NetpbmScanner.isWhitespace(next) || next == UInt8(ascii: "#") else {
            throw .badHeader("the magic number \(form.name) must be followed by whitespace")
        }
        let width = try Self.number(named: "width", in: &scanner, form: form)
        let height = try Self.number(named: "height", in: &scanner, form: form)
        let size = ImageSize(height: height, width: width)
        guard size.isPositive else { throw .badHeader("the image is \(size); both sides must be at least 1") }
        try ImageLimits.check(size)
        let maxValue = try Self.number(named: "maxval", in: &scanner, form: form)
        guard (1...65535).contains(maxValue) else { throw .unsupportedMaxValue(maxValue) }
        self.form = form
        self.size = size
        self.maxValue = maxValue
        self.rasterStart = form.isPlain ? scanner.position : try Self.binaryRasterStart(&scanner, form: form)
    }

    /// The next header field: `truncated` if the file ends first, `badHeader` if it is not a whole number.
    private static func number(named name: String, in scanner: inout NetpbmScanner, form: NetpbmForm) throws(ImageFileError) -> Int {
        let token = scanner.nextToken()
        guard !token.isEmpty else { throw .truncated("the \(form.name) header ends before the \(name)") }
        guard let value = NetpbmScanner.number(token) else {
            throw .badHeader("expected the \(name) as a whole number, found \(NetpbmScanner.quoted(token))")
        }
        return value
    }

    /// Exactly one whitespace byte separates maxval from a binary raster. A comment directly after maxval
    /// is skipped and the line end that closes it is that byte (as libnetpbm reads it).
    private static func binaryRasterStart(_ scanner: inout NetpbmScanner, form: NetpbmForm) throws(ImageFileError) -> Int {
        if scanner.current == UInt8(ascii: "#") { scanner.skipComment() }
        guard !scanner.isAtEnd else { throw .truncated("the \(form.name) file ends before its raster") }
        return scanner.position + 1
    }
}
