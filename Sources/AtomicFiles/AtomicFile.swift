import Foundation

/// Why `AtomicFile.write` did not write.
public enum FileWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A file is already at the path and replacing it was not asked for.
    case exists(path: String)
    /// The system refused (`reason` from `strerror`).
    case failed(path: String, reason: String)

    /// One sentence naming the path.
    public var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; not replacing it"
        case .failed(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}

/// Writes files so that a reader sees the old file or the new one, never a part of either.
public enum AtomicFile {
    /// Writes `text` as UTF-8, the same way as `write(_:to:overwrite:)` with bytes.
    public static func write(_ text: String, to path: String, overwrite: Bool) throws(FileWriteError) {
        try write(Array(text.utf8), to: path, overwrite: overwrite)
    }

    /// Writes `bytes` to a new temporary file beside `path` (same folder, so the same file system), flushes
    /// it, then links it into place — failing with `exists` if a file is there — or, when `overwrite`,
    /// renames it over the old one. The temporary file never outlives the call.
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(FileWriteError) {
        let (temporary, descriptor) = try createTemporary(beside: path)
        defer { unlink(temporary) }
        var failure: Int32? = writeAll(bytes, to: descriptor) ? nil : errno
        if failure == nil && fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if let failure { throw .failed(path: path, reason: systemMessage(failure)) }
        if overwrite {
            guard rename(temporary, path) == 0 else { throw .failed(path: path, reason: systemMessage(errno)) }
        } else {
            guard link(temporary, path) == 0 else {
                throw errno == EEXIST ? .exists(path: path) : .failed(path: path, reason: systemMessage(errno))
            }
        }
    }

    /// Creates `.<name>.<pid>.<random>.tmp` in the folder of `path` with the permissions a new file gets.
    private static func createTemporary(beside path: String) throws(FileWriteError) -> (String, Int32) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        while true {
            let temporary = folder + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (temporary, descriptor) }
            if errno != EEXIST { throw .failed(path: path, reason: systemMessage(errno)) }
        }
    }

    /// Writes every byte, retrying short writes and interruptions; false on any other failure (errno set).
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }
}

/// The C library's text for an `errno` value, e.g. "Permission denied".
public func systemMessage(_ code: Int32) -> String { String(cString: strerror(code)) }
