import CNNEngine
import Foundation
import ImageFiles
import TestSupport
import Testing

extension TemporaryDirectory {
    /// Writes `bytes` to `name` directly (for fixtures) and returns its path.
    func write(_ bytes: [UInt8], as name: String) throws -> String {
        try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
        return path(name)
    }

    /// The names of the files in the folder.
    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }
}

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
