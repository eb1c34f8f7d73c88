import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Starts a program the way a login shell would, which `Foundation.Process` does not: no signals blocked
/// (test threads block most, and tmux hands its mask on to every pane), default signal actions, and no
/// inherited descriptors besides standard input, output and error (a tmux server that inherited a test's
/// pipe would keep it open for ever). Output goes to temporary files, read once the program has exited.
public enum CleanProcess {
    /// What a finished program left.
    public struct Result {
        /// Its exit status (128 + n if signal n ended it).
        public let status: Int32
        /// Its standard output.
        public let output: String
        /// Its standard error.
        public let errors: String
    }

    /// The first executable called `name` on the PATH (nil when there is none, so a test can be skipped).
    public static func executable(named name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A spawn that failed before the program ran.
    public struct SpawnError: Error {
        /// The `posix_spawn` error number.
        public let code: Int32
    }

    #if os(Linux)
        /// Runs `path` with `arguments` and exactly `environment`, waits for it and returns what it left.
        public static func run(_ path: String, arguments: [String], environment: [String: String]) throws -> Result {
            let directory = FileManager.default.temporaryDirectory
            let outputFile = directory.appendingPathComponent("cnn-tutor-e2e-\(UUID().uuidString).out")
            let errorsFile = directory.appendingPathComponent("cnn-tutor-e2e-\(UUID().uuidString).err")
            defer {
                try? FileManager.default.removeItem(at: outputFile)
                try? FileManager.default.removeItem(at: errorsFile)
            }
            let pid = try spawn(
                path, arguments: arguments, environment: environment, output: outputFile, errors: errorsFile
            )
            let status = waitForExit(pid)
            return Result(status: status, output: contents(of: outputFile), errors: contents(of: errorsFile))
        }

        /// Starts the program; its process id.
        private static func spawn(
            _ path: String, arguments: [String], environment: [String: String], output: URL, errors: URL
        ) throws -> pid_t {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            for descriptor in inheritedDescriptors() where descriptor > 2 {
                posix_spawn_file_actions_addclose(&actions, descriptor)
            }
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var noSignals = sigset_t(), allSignals = sigset_t()
            sigemptyset(&noSignals)
            sigfillset(&allSignals)
            posix_spawnattr_setsigmask(&attributes, &noSignals)
            posix_spawnattr_setsigdefault(&attributes, &allSignals)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            let argv = ([path] + arguments).map { strdup($0) } + [nil]
            let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { for pointer in argv + envp { free(pointer) } }
            var pid = pid_t()
            let code = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
            guard code == 0 else { throw SpawnError(code: code) }
            return pid
        }

        /// This process's open descriptors (`/proc/self/fd`). One closed before the spawn is harmless: glibc
        /// ignores `EBADF` from a close action.
        private static func inheritedDescriptors() -> [Int32] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
            return names.compactMap { Int32($0) }
        }

        /// Waits for `pid` and decodes its status.
        private static func waitForExit(_ pid: pid_t) -> Int32 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let signal = status & 0x7F
            return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        }

        /// A file's text, empty if unreadable.
        private static func contents(of file: URL) -> String {
            (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        }
    #else
        /// Runs `path` with `arguments` and exactly `environment` (Foundation's `Process` off Linux).
        public static func run(_ path: String, arguments: [String], environment: [String: String]) throws -> Result {
            let directory = FileManager.default.temporaryDirectory
            let outputFile = directory.appendingPathComponent("cnn-tutor-e2e-\(UUID().uuidString).out")
            let errorsFile = directory.appendingPathComponent("cnn-tutor-e2e-\(UUID().uuidString).err")
            defer {
                try? FileManager.default.removeItem(at: outputFile)
                try? FileManager.default.removeItem(at: errorsFile)
            }
            FileManager.default.createFile(atPath: outputFile.path, contents: nil)
            FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: outputFile)
            process.standardError = try FileHandle(forWritingTo: errorsFile)
            try process.run()
            process.waitUntilExit()
            let read = { (file: URL) in (try? String(contentsOf: file, encoding: .utf8)) ?? "" }
            return Result(status: process.terminationStatus, output: read(outputFile), errors: read(errorsFile))
        }
    #endif
}
