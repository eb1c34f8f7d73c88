import ArgumentParser
import AtomicFiles
import Foundation

/// `-o PATH` and `--force`, for every command that writes a document.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Write to this path instead of standard output.")
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false
}

/// Where a command's document goes: standard output, or a file written atomically that replaces an existing
/// one only with `--force`.
enum OutputFile {
    /// Writes `text` to `path` (standard output when nil); on failure says why and exits with status 1.
    static func write(_ text: String, to path: String?, force: Bool) throws {
        guard let path else {
            Console.write(text)
            return
        }
        do {
            try AtomicFile.write(text, to: path, overwrite: force)
        } catch .exists(let path) {
            Console.error("cnn-tutor: \(path) already exists; use --force to replace it")
            throw ExitCode(1)
        } catch {
            Console.error("cnn-tutor: \(error)")
            throw ExitCode(1)
        }
    }

    /// Stops, naming each one, when any of `paths` exists and `force` is not given: for a command that would
    /// otherwise find out only after its work (training, generating exercises) is done.
    static func refuseExisting(_ paths: [String], force: Bool) throws {
        let existing = force ? [] : paths.filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            for path in existing { Console.error("cnn-tutor: \(path) already exists; use --force to replace it") }
            throw ExitCode(1)
        }
    }

    /// Writes `text` where `options` say.
    static func write(_ text: String, _ options: OutputOptions) throws {
        try write(text, to: options.output, force: options.force)
    }
}
