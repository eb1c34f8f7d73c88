import CNNEngine
import Foundation
import ImageFiles
import Testing

/// A small deterministic generator (SplitMix64) so random images and mutations are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "image-files-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    /// The path of `name` inside the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `bytes` to `name` directly (for fixtures) and returns its path.
    func write(_ bytes: [UInt8], as name: String) throws -> String {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
        return file(name)
    }

    /// The names of the files in the folder.
    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// The package's root folder (this file is Tests/ImageFilesTests/ImageTestSupport.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A `[C][H][W]` tensor of random integers 0…255.
func randomByteTensor(_ shape: [Int], using generator: inout SeededGenerator) -> Tensor {
    Tensor(shape: shape) { _ in Double(Int.random(in: 0...255, using: &generator)) }
}

/// The error `body` throws, or nil if it returns.
func imageError(_ body: () throws(ImageFileError) -> some Any) -> ImageFileError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// Whether `error` is `.truncated`, whatever its text.
func isTruncated(_ error: ImageFileError?) -> Bool {
    if case .truncated = error { return true }
    return false
}

/// Whether `error` is `.corrupt`, whatever its text.
func isCorrupt(_ error: ImageFileError?) -> Bool {
    if case .corrupt = error { return true }
    return false
}

/// Whether `error` is `.badHeader`, whatever its text.
func isBadHeader(_ error: ImageFileError?) -> Bool {
    if case .badHeader = error { return true }
    return false
}
