import CNNEngine
import Foundation
import Learning
import Testing

/// Saving and loading weights: exact round trips, and every kind of damage refused with a reason.
@Suite struct WeightFileTests {
    static let network = TinyNetwork(shape: .digits, seed: 42)

    /// `body` (without a checksum line) with its correct checksum line appended, as a tool that edits a file would.
    static func signed(_ body: String) -> String {
        let bytes = Array(body.utf8)
        let checksum = bytes.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
        let digits = String(checksum, radix: 16)
        return body + "checksum fnv1a64 " + String(repeating: "0", count: 16 - digits.count) + digits + "\n"
    }

    /// The encoded file without its checksum line.
    static func body(_ text: String) -> String {
        text.split(separator: "\n").filter { !$0.hasPrefix("checksum") }.joined(separator: "\n") + "\n"
    }

    @Test func aNetworkReadsBackExactly() throws {
        let text = WeightFile.encode(Self.network, comments: ["trained 4 epochs", "seed 42"])
        #expect(try WeightFile.decode(text) == Self.network)
        #expect(text.hasPrefix("cnn-tutor weights 1\nshape image 12 filters 4 kernel 3 pool 2 classes 10\n# trained 4 epochs\n"))
    }

    @Test func theChecksumIsFNV1aOfTheBytesBeforeIt() {
        let text = WeightFile.encode(Self.network)
        #expect(text == Self.signed(Self.body(text)))
    }

    @Test func emptyAndForeignFilesAreNotWeightFiles() {
        #expect(throws: WeightFileError.notAWeightFile(firstLine: "")) { try WeightFile.decode("") }
        #expect(throws: WeightFileError.notAWeightFile(firstLine: "P2")) { try WeightFile.decode("P2\n3 3\n255\n") }
    }

    @Test func aNewerVersionIsRefusedByName() {
        let text = WeightFile.encode(Self.network).replacingFirst("cnn-tutor weights 1", with: "cnn-tutor weights 2")
        #expect(throws: WeightFileError.unsupportedVersion(2)) { try WeightFile.decode(text) }
        #expect(WeightFileError.unsupportedVersion(2).description.contains("newer than this cnn-tutor reads (1)"))
    }

    @Test(arguments: [0.25, 0.5, 0.9])
    func aFileCutShortIsIncomplete(fraction: Double) {
        let text = WeightFile.encode(Self.network)
        let cut = String(text.prefix(Int(Double(text.count) * fraction)))
        #expect(throws: WeightFileError.truncated) { try WeightFile.decode(cut) }
    }

    @Test func oneChangedDigitIsCaughtByTheChecksum() throws {
        let text = WeightFile.encode(Self.network)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var edited = lines
        edited[4] = edited[4].replacingFirst("1", with: "2") == edited[4] ? edited[4] + "1" : edited[4].replacingFirst("1", with: "2")
        do {
            _ = try WeightFile.decode(edited.joined(separator: "\n"))
            Issue.record("a damaged file was accepted")
        } catch {
            guard case .checksumMismatch = error else { Issue.record("\(error)"); return }
            #expect(error.description.hasPrefix("the weights file is damaged"))
        }
    }

    @Test func aMissingValueIsCountedEvenWithAValidChecksum() throws {
        var lines = Self.body(WeightFile.encode(Self.network)).split(separator: "\n").map(String.init)
        // Line 4 is the first row of conv.weight (3 values); dropping the whole row leaves 33 of 36 values.
        lines.remove(at: 3)
        let text = Self.signed(lines.joined(separator: "\n") + "\n")
        #expect(throws: WeightFileError.valueCount(line: 3, tensor: "conv.weight", expected: 36, found: 33)) { try WeightFile.decode(text) }
    }

    @Test func aRowOfTheWrongLengthIsNamed() throws {
        var lines = Self.body(WeightFile.encode(Self.network)).split(separator: "\n").map(String.init)
        lines[3] += " 0.5"
        #expect(throws: WeightFileError.self) { try WeightFile.decode(Self.signed(lines.joined(separator: "\n") + "\n")) }
        do { _ = try WeightFile.decode(Self.signed(lines.joined(separator: "\n") + "\n")) } catch {
            #expect(error.description.hasPrefix("line 4: expected a row of 3 numbers of tensor conv.weight"))
        }
    }

    @Test(arguments: ["nan", "inf", "0x1p3q", "1,5"])
    func aValueThatIsNotAFiniteNumberIsRefused(word: String) throws {
        var lines = Self.body(WeightFile.encode(Self.network)).split(separator: "\n").map(String.init)
        var row = lines[3].split(separator: " ").map(String.init)
        row[1] = word
        lines[3] = row.joined(separator: " ")
        #expect(throws: WeightFileError.badNumber(line: 4, text: word)) {
            try WeightFile.decode(Self.signed(lines.joined(separator: "\n") + "\n"))
        }
    }

    @Test func tensorsOutOfOrderAndBadShapesAreRefused() throws {
        let body = Self.body(WeightFile.encode(Self.network))
        // conv.weight is 4×1×3×3: its header on line 3, twelve rows of three on lines 4–15, then conv.bias on 16.
        let renamed = body.replacingFirst("tensor conv.bias 4", with: "tensor conv.bias 5")
        #expect(throws: WeightFileError.malformedLine(line: 16, expected: "`tensor conv.bias 4`", found: "tensor conv.bias 5")) {
            try WeightFile.decode(Self.signed(renamed))
        }
        let shapeless = body.replacingFirst("pool 2", with: "pool 20")
        do { _ = try WeightFile.decode(Self.signed(shapeless)) } catch {
            #expect(error.description == "line 2: a 20×20 pool does not fit the 10×10 convolution output")
        }
    }

    @Test func textAfterTheChecksumIsRefused() {
        let text = WeightFile.encode(Self.network) + "extra\n"
        #expect(throws: WeightFileError.truncated) { try WeightFile.decode(text) }
    }
}

extension String {
    /// The text with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
