import Foundation

/// Runs Python on a script and captures what it prints: `$CNN_TUTOR_PYTHON` when set (e.g. a venv with
/// PyTorch), else `python3` found on the PATH through `/usr/bin/env`.
public enum PythonRunner {
    /// What a finished Python process left behind.
    public struct Run {
        /// The exit status.
        public let status: Int32
        /// Standard output.
        public let output: String
        /// Standard error.
        public let errors: String
    }

    /// A run that could not start or did not succeed.
    public struct Failure: Error, CustomStringConvertible {
        /// Why.
        public let description: String
    }

    /// Whether `python3` runs and can import NumPy; tests that need it are skipped with a message otherwise.
    public static let hasNumPy: Bool = (try? run(arguments: ["-c", "import numpy"]))?.status == 0

    /// Whether Python can import PyTorch; the PyTorch snippets are only run then (CI does not install it).
    public static let hasTorch: Bool = (try? run(arguments: ["-c", "import torch"]))?.status == 0

    /// The interpreter: `$CNN_TUTOR_PYTHON`, or `python3` on the PATH.
    public static let interpreter: [String] = {
        let chosen = ProcessInfo.processInfo.environment["CNN_TUTOR_PYTHON"] ?? ""
        return chosen.isEmpty ? ["python3"] : [chosen]
    }()

    /// Whether `python3` runs at all (enough to check a snippet's syntax).
    public static let hasPython: Bool = (try? run(arguments: ["-c", "pass"]))?.status == 0

    /// Writes `source` to a fresh temporary file, runs it (with `arguments` after it) and returns standard output;
    /// throws with standard error when the script fails.
    public static func output(ofScript source: String, named name: String, arguments: [String] = []) throws -> String {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("\(name).py")
        try Data(source.utf8).write(to: script)
        let result = try run(arguments: [script.path] + arguments)
        guard result.status == 0 else {
            throw Failure(description: "python3 \(name).py exited with \(result.status):\n\(result.errors)")
        }
        return result.output
    }

    /// Runs `python3 arguments…` with standard output and error captured through files (no pipe can fill up).
    public static func run(arguments: [String]) throws -> Run {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputURL = directory.appendingPathComponent("stdout"), errorURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let outputHandle = try FileHandle(forWritingTo: outputURL), errorHandle = try FileHandle(forWritingTo: errorURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = interpreter + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        try process.run()
        process.waitUntilExit()
        try outputHandle.close()
        try errorHandle.close()
        return Run(
            status: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            errors: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    private static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("python-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
