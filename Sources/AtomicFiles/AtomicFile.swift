import Foundation

/// Writes files so that a reader sees the old file or the new one, never a part of either.
public enum AtomicFile {
    /// Why a write did not happen.
    public enum WriteError: Error, CustomStringConvertible {
        /// The file exists and replacing it was not asked for.
        case exists(String)
        /// The write failed: the path and the system's reason.
        case failed(String, String)

        /// A sentence for the user.
        public var description: String {
            switch self {
            case .exists(let path): return "\(path) already exists; use --force to replace it"
            case .failed(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    /// Writes `text` to a temporary file beside `path`, then links it into place (refusing an existing file)
    /// or, when `replacing`, renames it over the old one.
    public static func write(_ text: String, to path: String, replacing: Bool) throws(WriteError) {
        try write(Data(text.utf8), to: path, replacing: replacing)
    }

    /// Writes `data` the same way: the old file or the new one, never a part of either.
    public static func write(_ data: Data, to path: String, replacing: Bool) throws(WriteError) {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw .failed(path, String(cString: strerror(errno)))
        }
        defer { unlink(temporary) }
        let descriptor = open(temporary, O_RDONLY)
        if descriptor >= 0 { fsync(descriptor); close(descriptor) }
        if replacing {
            guard rename(temporary, path) == 0 else { throw .failed(path, String(cString: strerror(errno))) }
        } else {
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw .exists(path) }
                throw .failed(path, String(cString: strerror(errno)))
            }
        }
    }
}
