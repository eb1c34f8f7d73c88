import CNCursesw
import TutorRuntime

extension Terminal {
    /// Longest single wait, so a termination signal is noticed even if curses retries an interrupted read.
    static let pollSliceMilliseconds = 100

    /// Waits up to `timeoutMilliseconds` (negative: indefinitely) for a key, a resize or a termination signal;
    /// nil when the time runs out.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(max(0, timeoutMilliseconds))
        while isOpen {
            if let signal = SignalTrap.pending { return .signal(signal) }
            if SignalTrap.stopRequested { return suspend() }
            let remaining = timeoutMilliseconds < 0 ? Self.pollSliceMilliseconds : milliseconds(until: deadline)
            if let raw = readRaw(timeoutMilliseconds: min(remaining, Self.pollSliceMilliseconds)),
                let event = event(for: raw)
            {
                return event
            }
            if timeoutMilliseconds >= 0 && clock.now >= deadline { break }
        }
        return SignalTrap.pending.map(TerminalEvent.signal)
    }

    /// The event a raw read stands for, nil if the tutor ignores it.
    private func event(for raw: RawInput) -> TerminalEvent? {
        switch KeyDecoder.decode(raw) {
        case .key(let key): return .key(key)
        case .resize: return .resize(size)
        case .suspend: return suspend()
        case .mouse: return readMouse().map(TerminalEvent.mouse)
        case .ignored: return nil
        }
    }

    /// Starts or stops reporting the mouse; whether the terminal reports it.
    @discardableResult
    public func reportMouse(_ on: Bool) -> Bool {
        isOpen && cnn_report_mouse(on ? 1 : 0) == 1
    }

    /// The mouse event `KEY_MOUSE` announced, nil for one the tutor does not use.
    private func readMouse() -> MouseEvent? {
        var column: Int32 = 0, row: Int32 = 0
        let action: MouseEvent.Action
        switch cnn_read_mouse(&column, &row) {
        case CNN_MOUSE_PRESS: action = .press
        case CNN_MOUSE_DRAG: action = .drag
        case CNN_MOUSE_RELEASE: action = .release
        case CNN_MOUSE_PRESS_OTHER: action = .pressOther
        default: return nil
        }
        return MouseEvent(action, column: Int(column), row: Int(row))
    }

    /// Ctrl-Z or SIGTSTP, as vim and htop do it: gives the terminal back, stops until the shell continues the tutor
    /// (`fg`), then drops keys typed to the shell meanwhile and has the next frame repaint the whole screen. Returns
    /// a resize to the current size, so the loop draws that frame at once.
    func suspend() -> TerminalEvent {
        endwin()
        SignalTrap.stopUntilContinued()
        if let window = cnn_stdscr() { clearok(window, true) }
        flushinp()
        return .resize(size)
    }

    /// One `wget_wch` with a timeout; nil on timeout or an interrupted read.
    private func readRaw(timeoutMilliseconds: Int) -> RawInput? {
        guard let window = cnn_stdscr() else { return nil }
        wtimeout(window, Int32(max(0, timeoutMilliseconds)))
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case cnn_ok(): return .character(UInt32(value))
        case cnn_key_code_yes(): return .keyCode(Int32(bitPattern: UInt32(value)))
        default: return nil
        }
    }

    /// Whole milliseconds from now until `deadline`, never negative.
    private func milliseconds(until deadline: ContinuousClock.Instant) -> Int {
        let (seconds, attoseconds) = (deadline - ContinuousClock().now).components
        return max(0, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
