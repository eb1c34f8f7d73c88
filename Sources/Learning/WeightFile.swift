import CNNEngine

/// The text file a trained `TinyNetwork` is saved in (`docs/WEIGHTS.md` describes it line by line):
///
/// ```
/// cnn-tutor weights 1
/// shape image 12 filters 4 kernel 3 pool 2 classes 10
/// # any comment lines, e.g. how it was trained
/// tensor conv.weight 4 1 3 3
/// 0.25 -0.125 0.5
/// …
/// tensor dense.bias 10
/// 0.01 -0.02 …
/// checksum fnv1a64 8c3f0b9e12d4a771
/// ```
///
/// Values are written in the shortest form that reads back to the same `Double`, one innermost row per line.
/// The checksum (64-bit FNV-1a) covers every byte before its line, so a truncated or edited file is refused.
public enum WeightFile {
    /// The first line's words before the version.
    public static let magic = "cnn-tutor weights"
    /// The format version this code writes and reads.
    public static let version = 1

    /// The name of the tensor stored last, which the checksum line follows.
    static var lastTensorName: String { NetworkShape.digits.parameterShapes.last?.name ?? "" }

    /// The file's text for `network`, with `comments` (one per line, without the `#`) after the shape line.
    public static func encode(_ network: TinyNetwork, comments: [String] = []) -> String {
        let shape = network.shape
        var lines = [
            "\(magic) \(version)",
            "shape image \(shape.imageSize) filters \(shape.filterCount) kernel \(shape.kernelSize) pool \(shape.poolSize) "
                + "classes \(shape.classCount)",
        ]
        lines += comments.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }.map { "# \($0)" }
        for ((name, tensorShape), tensor) in zip(shape.parameterShapes, network.parameters.tensors) {
            lines.append("tensor \(name) " + tensorShape.map(String.init).joined(separator: " "))
            let width = tensorShape.last ?? 1
            for start in stride(from: 0, to: tensor.count, by: width) {
                lines.append(tensor.scalars[start..<(start + width)].map { "\($0)" }.joined(separator: " "))
            }
        }
        let body = lines.joined(separator: "\n") + "\n"
        return body + "checksum fnv1a64 \(hex(checksum(of: Array(body.utf8))))\n"
    }

    /// The network saved in `text`, or the first reason it cannot be read, with its line number.
    public static func decode(_ text: String) throws(WeightFileError) -> TinyNetwork {
        var reader = WeightFileReader(text: text)
        return try reader.read()
    }

    /// 64-bit FNV-1a of `bytes`.
    static func checksum(of bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    /// Sixteen lower-case hexadecimal digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Why a weight file was refused; each reason says where and what to do.
public enum WeightFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The first line is not `cnn-tutor weights N`.
    case notAWeightFile(firstLine: String)
    /// Written by a newer format version than this code reads.
    case unsupportedVersion(Int)
    /// The checksum line is missing: the file stops early.
    case truncated
    /// The bytes before the checksum line do not give the stated checksum.
    case checksumMismatch(stated: String, computed: String)
    /// A line that is not what the format needs there.
    case malformedLine(line: Int, expected: String, found: String)
    /// The shape line describes a network that cannot be built.
    case invalidShape(line: Int, reason: String)
    /// A value that is not a finite number.
    case badNumber(line: Int, text: String)
    /// A tensor with too few or too many values.
    case valueCount(line: Int, tensor: String, expected: Int, found: Int)

    /// One sentence (or two) for the person loading the file.
    public var description: String {
        switch self {
        case .notAWeightFile(let firstLine):
            "not a cnn-tutor weights file: it starts with `\(firstLine.prefix(60))`, not `\(WeightFile.magic) \(WeightFile.version)`"
        case .unsupportedVersion(let version):
            "weights file version \(version) is newer than this cnn-tutor reads (\(WeightFile.version)); update cnn-tutor"
        case .truncated:
            "the weights file is incomplete: it ends before its checksum line (was it cut short while copying?)"
        case .checksumMismatch(let stated, let computed):
            "the weights file is damaged: its checksum line says \(stated) but its contents give \(computed); save it again"
        case .malformedLine(let line, let expected, let found):
            "line \(line): expected \(expected), found `\(found.prefix(60))`"
        case .invalidShape(let line, let reason):
            "line \(line): \(reason)"
        case .badNumber(let line, let text):
            "line \(line): `\(text.prefix(40))` is not a finite number"
        case .valueCount(let line, let tensor, let expected, let found):
            "line \(line): tensor \(tensor) has \(found) values, expected \(expected)"
        }
    }
}
