import AtomicFiles
import Foundation
import TutorCore

/// Saved progress of every lesson, in `progress.json` under `$XDG_STATE_HOME/cnn-tutor/`
/// (default `~/.local/state/cnn-tutor/`). Every change is a locked read-merge-write, written to a temporary
/// file and renamed into place, so two tutors at once never corrupt it and a crash leaves the old or new file.
public struct ProgressStore: Sendable {
    /// The folder holding the files.
    public let directory: String

    /// A store in `directory`.
    public init(directory: String) {
        self.directory = directory
    }

    /// `$XDG_STATE_HOME/cnn-tutor`, or `~/.local/state/cnn-tutor` when it is unset or not absolute.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/cnn-tutor" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/cnn-tutor"
    }

    /// The progress file's path.
    public var filePath: String { directory + "/progress.json" }

    /// The saved progress, and a warning when the file had to be set aside or could not be read.
    public func load() -> (progress: [String: LessonProgress], warning: String?) {
        do {
            return try withLock { try readOrSetAside() }
        } catch {
            return ([:], "cnn-tutor: cannot read progress from \(filePath) (\(error)); progress will not be kept")
        }
    }

    /// Merges `record` over what is saved for `id` and writes the file.
    public func save(id: String, record: LessonProgress) throws {
        try withLock {
            var (progress, _) = try readOrSetAside()
            progress[id] = record.merged(over: progress[id])
            try write(progress)
        }
    }

    /// Forgets one lesson's progress, or everything when `id` is nil.
    public func reset(id: String?) throws {
        try withLock {
            var (progress, _) = try readOrSetAside()
            if let id { progress[id] = nil } else { progress = [:] }
            try write(progress)
        }
    }

    private struct File: Codable {
        var version = 1
        var lessons: [String: LessonProgress]
    }

    /// Reads the file; a damaged one is renamed aside (kept, not deleted) and an empty book returned.
    private func readOrSetAside() throws -> ([String: LessonProgress], String?) {
        guard FileManager.default.fileExists(atPath: filePath) else { return ([:], nil) }
        guard let data = FileManager.default.contents(atPath: filePath) else {
            throw StoreError("permission denied")
        }
        if let file = try? JSONDecoder().decode(File.self, from: data) { return (file.lessons, nil) }
        let aside = filePath + ".damaged-\(Int(Date().timeIntervalSince1970))"
        guard rename(filePath, aside) == 0 else { throw StoreError("the file is damaged and cannot be moved aside") }
        return ([:], "cnn-tutor: progress file \(filePath) was damaged; kept it as \(aside) and started a new one")
    }

    private func write(_ progress: [String: LessonProgress]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(File(lessons: progress))
        do {
            try AtomicFile.write([UInt8](data), to: filePath, overwrite: true)
        } catch {
            throw StoreError(error.description)
        }
    }

    /// Runs `body` holding an exclusive lock on `progress.lock`, creating the folder if needed.
    private func withLock<T>(_ body: () throws -> T) throws -> T {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let descriptor = open(directory + "/progress.lock", O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw StoreError("cannot open the lock file: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw StoreError("cannot lock: \(String(cString: strerror(errno)))") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}

/// A progress file problem, as a sentence.
struct StoreError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
