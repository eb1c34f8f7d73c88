/// PGM and PPM, plain (P2, P3) and binary (P5, P6), maxval 1…65535, following the netpbm specification.
/// Data after the first image is ignored (netpbm allows several images in one file).
enum NetpbmCodec {
    /// Whether `bytes` start like a netpbm file: "P" and a second byte that names a netpbm variant.
    static func isNetpbm(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "P") else { return false }
        return NetpbmForm(rawValue: bytes[1]) != nil || NetpbmForm.unsupported[bytes[1]] != nil
    }

    /// Decodes a file for which `isNetpbm` holds.
    static func decode(_ bytes: [UInt8]) throws(ImageFileError) -> RasterImage {
        guard let form = NetpbmForm(rawValue: bytes[1]) else {
            throw .unsupportedFormat(NetpbmForm.unsupported[bytes[1]] ?? "P\(hexByte(bytes[1]))")
        }
        let header = try NetpbmHeader(bytes, form: form)
        let samples = form.isPlain ? try plainSamples(bytes, header) : try binarySamples(bytes, header)
        return RasterImage(checked: header.size, channels: form.channels, maxValue: header.maxValue, samples: samples)
    }

    private static func sampleCount(_ header: NetpbmHeader) -> Int {
        header.size.height * header.size.width * header.form.channels.count
    }

    private static func binarySamples(_ bytes: [UInt8], _ header: NetpbmHeader) throws(ImageFileError) -> [UInt16] {
        let bytesPerSample = header.maxValue > 255 ? 2 : 1
        let needed = sampleCount(header) * bytesPerSample
        let available = max(0, bytes.count - header.rasterStart)
        guard available >= needed else {
            throw .truncated("the \(header.form.name) raster has \(available) of the \(needed) bytes it needs")
        }
        var samples = [UInt16](repeating: 0, count: sampleCount(header))
        for index in samples.indices {
            let offset = header.rasterStart + index * bytesPerSample
            let value = bytesPerSample == 2 ? Int(bytes[offset]) << 8 | Int(bytes[offset + 1]) : Int(bytes[offset])
            try check(value, index: index, header)
            samples[index] = UInt16(value)
        }
        return samples
    }

    private static func plainSamples(_ bytes: [UInt8], _ header: NetpbmHeader) throws(ImageFileError) -> [UInt16] {
        var scanner = NetpbmScanner(bytes, at: header.rasterStart)
        var samples = [UInt16](repeating: 0, count: sampleCount(header))
        for index in samples.indices {
            let token = scanner.nextToken()
            guard !token.isEmpty else {
                throw .truncated("the \(header.form.name) raster ends after \(index) of \(samples.count) samples")
            }
            guard let value = NetpbmScanner.number(token) else {
                throw .corrupt("expected the sample \(place(of: index, header)), found \(NetpbmScanner.quoted(token))")
            }
            try check(value, index: index, header)
            samples[index] = UInt16(value)
        }
        return samples
    }

    private static func check(_ value: Int, index: Int, _ header: NetpbmHeader) throws(ImageFileError) {
        guard value <= header.maxValue else {
            throw .corrupt("the sample \(place(of: index, header)) is \(value), above the maxval \(header.maxValue)")
        }
    }

    private static let channelNames = ["red", "green", "blue"]

    /// "at row 2, column 1" (counting from 1, as lessons do), with "(green)" for PPM.
    private static func place(of index: Int, _ header: NetpbmHeader) -> String {
        let channels = header.form.channels.count
        let pixel = index / channels
        let location = "at row \(pixel / header.size.width + 1), column \(pixel % header.size.width + 1)"
        return channels == 1 ? location : location + " (\(channelNames[index % channels]))"
    }

    /// The longest line a plain file gets, as the netpbm specification recommends.
    private static let plainLineLimit = 70

    /// `image` as P5/P6 (`plain` false) or P2/P3 (`plain` true), keeping its maxval. Plain files have one
    /// image row per line, wrapped so that no line is longer than 70 characters.
    static func encode(_ image: RasterImage, plain: Bool) -> [UInt8] {
        let form = NetpbmForm(channels: image.channels, plain: plain)
        let header = form.magic + Array("\n\(image.width) \(image.height)\n\(image.maxValue)\n".utf8)
        return header + (plain ? plainRaster(image) : binaryRaster(image))
    }

    private static func binaryRaster(_ image: RasterImage) -> [UInt8] {
        guard image.maxValue > 255 else { return image.samples.map { UInt8($0) } }
        return image.samples.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    private static func plainRaster(_ image: RasterImage) -> [UInt8] {
        let rowLength = image.width * image.channels.count
        var text = ""
        for rowStart in stride(from: 0, to: image.samples.count, by: rowLength) {
            var line = ""
            for sample in image.samples[rowStart..<rowStart + rowLength] {
                let token = String(sample)
                if line.isEmpty {
                    line = token
                } else if line.count + 1 + token.count > plainLineLimit {
                    text += line + "\n"
                    line = token
                } else {
                    line += " " + token
                }
            }
            text += line + "\n"
        }
        return Array(text.utf8)
    }
}
