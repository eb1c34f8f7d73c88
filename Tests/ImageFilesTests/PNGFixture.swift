/// PNG files built byte by byte in the test, independently of libpng: uncompressed ("stored") deflate
/// blocks in a zlib stream, CRC-32 for chunks, Adler-32 for the stream (PNG specification, RFC 1950/1951).
enum PNGFixture {
    /// The IHDR colour types.
    enum ColourType: UInt8 {
        case grey = 0, rgb = 2, palette = 3, greyAlpha = 4, rgba = 6
    }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A complete PNG: signature, IHDR, `before` chunks (PLTE, tRNS, gAMA …), one IDAT holding `rows`
    /// (each row's packed sample bytes; the filter byte 0 is added here) and IEND.
    static func png(
        width: Int, height: Int, colourType: ColourType, bitDepth: UInt8, rows: [[UInt8]], before: [(String, [UInt8])] = []
    ) -> [UInt8] {
        let header = bigEndian32(UInt32(width)) + bigEndian32(UInt32(height)) + [bitDepth, colourType.rawValue, 0, 0, 0]
        let filtered: [UInt8] = rows.flatMap { [UInt8(0)] + $0 }
        return signature + chunk("IHDR", header) + before.flatMap { (type: String, data: [UInt8]) -> [UInt8] in chunk(type, data) }
            + chunk("IDAT", zlibStored(filtered)) + chunk("IEND", [])
    }

    /// One chunk: length, type, data, CRC-32 of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian32(UInt32(data.count)) + typeBytes + data + bigEndian32(crc32(typeBytes + data))
    }

    /// 16-bit samples as the big-endian bytes PNG stores.
    static func bigEndian16(_ samples: [UInt16]) -> [UInt8] {
        samples.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    static func bigEndian32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// A zlib stream of stored blocks (no compression), at most 65535 bytes each.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var stream: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let end = min(start + 65535, data.count)
            let length = UInt16(end - start)
            stream += [end == data.count ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            stream += data[start..<end]
            start = end
        } while start < data.count
        return stream + bigEndian32(adler32(data))
    }

    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        (0..<8).reduce(UInt32(index)) { crc, _ in crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(UInt32.max) { crc, byte in crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }

    /// The same bytes with every complete chunk's CRC recomputed, so a mutation inside chunk data reaches
    /// the decoder instead of stopping at the checksum.
    static func withFixedCRCs(_ bytes: [UInt8]) -> [UInt8] {
        var fixed = bytes
        var offset = signature.count
        while offset + 12 <= fixed.count {
            let length = fixed[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            guard length <= fixed.count - offset - 12 else { break }
            let crc = crc32(Array(fixed[offset + 4..<offset + 8 + length]))
            fixed.replaceSubrange(offset + 8 + length..<offset + 12 + length, with: bigEndian32(crc))
            offset += 12 + length
        }
        return fixed
    }
}
