import AtomicFiles
import Foundation
import Learning

/// Why a weights file could not be loaded or saved.
public enum NetworkFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file at the path.
    case missing(path: String)
    /// The path names a folder, or the system refused to read it.
    case unreadable(path: String)
    /// Far larger than any weights file the tutor writes.
    case tooLarge(path: String, bytes: Int)
    /// Not UTF-8 text.
    case notText(path: String)
    /// Text, but not a valid weights file.
    case invalid(path: String, WeightFileError)
    /// Writing failed (or the file exists and replacing it was not asked for).
    case write(FileWriteError)

    /// One sentence naming the path.
    public var description: String {
        switch self {
        case .missing(let path): "\(path): no such file"
        case .unreadable(let path): "\(path): cannot be read (is it a folder, or not readable?)"
        case .tooLarge(let path, let bytes):
            "\(path) is \(bytes) bytes, larger than any weights file (at most \(NetworkFile.largestFile) bytes); is it the right file?"
        case .notText(let path): "\(path) is not text: a weights file is UTF-8 text starting with `\(WeightFile.magic)`"
        case .invalid(let path, let error): "\(path): \(error)"
        case .write(let error): error.description
        }
    }
}

/// Weights files on disk: written atomically (a reader sees the old file or the new one, never part of one) and
/// read with every check of `WeightFile.decode`.
public enum NetworkFile {
    /// The largest file `load` reads, in bytes.
    public static let largestFile = 16 << 20

    /// Writes `network` to `path`; an existing file is replaced only with `overwrite`.
    public static func save(_ network: TinyNetwork, comments: [String] = [], to path: String, overwrite: Bool) throws(NetworkFileError) {
        do { try AtomicFile.write(WeightFile.encode(network, comments: comments), to: path, overwrite: overwrite) } catch {
            throw .write(error)
        }
    }

    /// The network saved at `path`, or why it cannot be used.
    public static func load(from path: String) throws(NetworkFileError) -> TinyNetwork {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missing(path: path) }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        guard data.count <= largestFile else { throw .tooLarge(path: path, bytes: data.count) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notText(path: path) }
        do { return try WeightFile.decode(text) } catch { throw .invalid(path: path, error) }
    }
}
