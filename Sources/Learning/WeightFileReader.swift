import CNNEngine

/// Reads `WeightFile`'s text line by line: header, shape, comments, the four tensors in order, checksum.
struct WeightFileReader {
    private let lines: [Substring]
    private let text: String
    private var next = 0

    init(text: String) {
        self.text = text
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The network, after the header, the checksum and every line have been checked.
    mutating func read() throws(WeightFileError) -> TinyNetwork {
        try readHeader()
        try verifyChecksum()
        let shape = try readShape()
        var tensors: [Tensor] = []
        for (name, tensorShape) in shape.parameterShapes { tensors.append(try readTensor(name, shape: tensorShape)) }
        skipComments()
        guard line(next).hasPrefix("checksum ") else {
            throw .malformedLine(
                line: next + 1, expected: "the checksum line after the last value of \(WeightFile.lastTensorName)", found: line(next))
        }
        if let extra = lines[(next + 1)...].firstIndex(where: { !$0.isEmpty }) {
            throw .malformedLine(line: extra + 1, expected: "nothing after the checksum line", found: String(lines[extra]))
        }
        guard let parameters = NetworkParameters(tensors: tensors, shape: shape),
            let network = TinyNetwork(shape: shape, parameters: parameters)
        else { throw .invalidShape(line: 2, reason: "the tensors do not fit the shape line") }
        return network
    }

    private mutating func readHeader() throws(WeightFileError) {
        let words = line(0).split(separator: " ")
        guard words.count == 3, "\(words[0]) \(words[1])" == WeightFile.magic, let version = Int(words[2]) else {
            throw .notAWeightFile(firstLine: line(0))
        }
        guard version <= WeightFile.version else { throw .unsupportedVersion(version) }
        next = 1
    }

    /// The last non-empty line must be `checksum fnv1a64 HEX` over every byte before it.
    private func verifyChecksum() throws(WeightFileError) {
        guard let last = lines.lastIndex(where: { !$0.isEmpty }), lines[last].hasPrefix("checksum ") else { throw .truncated }
        let words = lines[last].split(separator: " ")
        guard words.count == 3, words[1] == "fnv1a64", words[2].count == 16, let stated = UInt64(words[2], radix: 16) else {
            throw .malformedLine(line: last + 1, expected: "`checksum fnv1a64` and 16 hexadecimal digits", found: String(lines[last]))
        }
        let body = lines[..<last].flatMap { Array($0.utf8) + [UInt8(ascii: "\n")] }
        let computed = WeightFile.checksum(of: body)
        guard computed == stated else {
            throw .checksumMismatch(stated: WeightFile.hex(stated), computed: WeightFile.hex(computed))
        }
    }

    private mutating func readShape() throws(WeightFileError) -> NetworkShape {
        let number = next
        let words = line(number).split(separator: " ").map(String.init)
        let keys = ["image", "filters", "kernel", "pool", "classes"]
        let expected = "`shape image N filters F kernel K pool P classes C`"
        guard words.count == 11, words[0] == "shape", zip(keys, stride(from: 1, to: 11, by: 2)).allSatisfy({ words[$1] == $0 }) else {
            throw .malformedLine(line: number + 1, expected: expected, found: line(number))
        }
        let values = stride(from: 2, to: 11, by: 2).compactMap { Int(words[$0]) }
        guard values.count == 5 else { throw .malformedLine(line: number + 1, expected: expected, found: line(number)) }
        next += 1
        let shape = NetworkShape(
            imageSize: values[0], filterCount: values[1], kernelSize: values[2], poolSize: values[3], classCount: values[4])
        do { return try shape.validated() } catch { throw .invalidShape(line: number + 1, reason: error.description) }
    }

    /// `tensor NAME d1 d2 …` then one line per innermost row.
    private mutating func readTensor(_ name: String, shape: [Int]) throws(WeightFileError) -> Tensor {
        skipComments()
        let header = next
        let expected = "`tensor \(name) " + shape.map(String.init).joined(separator: " ") + "`"
        guard line(header).split(separator: " ").map(String.init) == ["tensor", name] + shape.map(String.init) else {
            throw .malformedLine(line: header + 1, expected: expected, found: line(header))
        }
        next += 1
        let count = shape.reduce(1, *), width = shape.last ?? 1
        var values: [Double] = []
        while values.count < count {
            guard next < lines.count, !lines[next].hasPrefix("tensor "), !lines[next].hasPrefix("checksum ") else {
                throw .valueCount(line: header + 1, tensor: name, expected: count, found: values.count)
            }
            let row = try numbers(onLine: next)
            guard row.count == width else {
                throw .malformedLine(line: next + 1, expected: "a row of \(width) numbers of tensor \(name)", found: line(next))
            }
            values += row
            next += 1
        }
        var tensor = Tensor(zeros: shape)
        for (flat, value) in values.enumerated() { tensor.accumulate(value, atFlat: flat) }
        return tensor
    }

    private func numbers(onLine number: Int) throws(WeightFileError) -> [Double] {
        var row: [Double] = []
        for word in lines[number].split(separator: " ") {
            guard let value = Double(word), value.isFinite else { throw .badNumber(line: number + 1, text: String(word)) }
            row.append(value)
        }
        return row
    }

    private mutating func skipComments() {
        while next < lines.count && lines[next].hasPrefix("#") { next += 1 }
    }

    private func line(_ number: Int) -> String {
        number < lines.count ? String(lines[number]) : ""
    }
}
