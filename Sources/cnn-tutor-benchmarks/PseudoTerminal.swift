import Foundation

/// Starts a program on a fresh pseudo-terminal and measures how long until its screen shows some text.
enum PseudoTerminal {
    /// Milliseconds from spawning `arguments` until the terminal output contains `marker`, or nil on failure.
    /// `quit` is typed afterwards so an interactive program exits; the process is always reaped.
    static func millisecondsUntil(
        _ marker: String, arguments: [String], environment: [String: String], quit: String = "q"
    ) -> Double? {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { return nil }
        defer { close(master) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] { posix_spawn_file_actions_adddup2(&actions, slave, descriptor) }
        posix_spawn_file_actions_addclose(&actions, master)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else { close(slave); return nil }
        close(slave)
        let elapsed = readUntil(marker, from: master).map { _ in Measure.milliseconds(start.duration(to: clock.now)) }
        _ = quit.withCString { write(master, $0, strlen($0)) }
        var status: Int32 = 0
        for _ in 0..<200 where waitpid(pid, &status, WNOHANG) == 0 { usleep(10_000) }
        if waitpid(pid, &status, WNOHANG) == 0 { kill(pid, SIGKILL); waitpid(pid, &status, 0) }
        return elapsed
    }

    /// Reads from `descriptor` until `marker` appears (within 5 s).
    private static func readUntil(_ marker: String, from descriptor: Int32) -> Bool? {
        var seen = [UInt8](), buffer = [UInt8](repeating: 0, count: 65536)
        let needle = Array(marker.utf8)
        let deadline = ContinuousClock.now.advanced(by: .seconds(5))
        while ContinuousClock.now < deadline {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) >= 0 else { return nil }
            guard poller.revents & Int16(POLLIN) != 0 else { continue }
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { return nil }
            seen += buffer[0..<count]
            if seen.count >= needle.count && contains(seen, needle) { return true }
        }
        return nil
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}
