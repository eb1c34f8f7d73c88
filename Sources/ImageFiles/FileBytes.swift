import AtomicFiles
import Foundation

/// Reads a whole file into memory, refusing files over `ImageLimits.maxFileBytes` (by their stated size
/// before reading, and by counting for pipes and devices that state none).
enum FileBytes {
    private static let chunkSize = 1 << 20

    /// The file's bytes; `missing` if nothing is at `path`, `unreadable` for any other system failure.
    static func read(_ path: String) throws(ImageFileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw code == ENOENT ? .missing(path: path) : .unreadable(path: path, reason: systemMessage(code))
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, Int(status.st_size) > ImageLimits.maxFileBytes { throw .fileTooLarge(path: path) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path: path, reason: systemMessage(errno)) }
            guard count > 0 else { return bytes }
            guard bytes.count + count <= ImageLimits.maxFileBytes else { throw .fileTooLarge(path: path) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
