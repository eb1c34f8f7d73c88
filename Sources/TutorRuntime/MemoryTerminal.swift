import TutorCore
import TutorRendering

/// A terminal in memory, for driving the real loop in tests (like ratatui's `TestBackend`): input comes from a
/// script, every frame drawn is kept as text, and waiting moves a `ManualClock` instead of sleeping.
public final class MemoryTerminal: TerminalDevice {
    /// One scripted input.
    public enum Input: Equatable, Sendable {
        /// A key press.
        case key(Key)
        /// The window changes to this size.
        case resize(TerminalSize)
        /// A termination signal arrives.
        case signal(Int32)
        /// The mouse does something (reported whatever `reportMouse` was told, so tests can check it is ignored).
        case mouse(MouseEvent)
        /// Nothing happens for this long: the loop's waits move the clock through it.
        case wait(milliseconds: Int)
    }

    /// The signal a memory terminal reports when its script has run out, as a real terminal that goes away does.
    public static let hangUpSignal: Int32 = 1

    /// The size now (changed by scripted resizes).
    public private(set) var size: TerminalSize
    /// Every frame drawn, oldest first, each as its lines of text without trailing spaces.
    public private(set) var frames: [[String]] = []
    /// The last grid drawn, with its styles.
    public private(set) var lastGrid: CellGrid?
    /// Whether `close` was called.
    public private(set) var isClosed = false
    /// Whether the mouse is being reported (as the last `reportMouse` call left it).
    public private(set) var isReportingMouse = false
    private var script: [Input]
    private let clock: ManualClock

    /// A terminal of `size` whose waits advance `clock`, with `script` as its first input.
    public init(size: TerminalSize, clock: ManualClock, script: [Input] = []) {
        self.size = size
        self.clock = clock
        self.script = script
    }

    /// Adds input at the end of the script.
    public func enqueue(_ inputs: [Input]) {
        script += inputs
    }

    /// Whether scripted input is still waiting to be read.
    public var hasPendingInput: Bool { !script.isEmpty }

    /// The last frame's lines (empty before the first draw).
    public var lastFrame: [String] { frames.last ?? [] }

    /// The next scripted event. Scripted waits are spent first, moving the clock by at most `timeoutMilliseconds`
    /// in all; nil if the timeout or the script's waits run out first. An empty script hangs up (`hangUpSignal`).
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !isClosed else { return nil }
        guard !script.isEmpty else { return .signal(Self.hangUpSignal) }
        var budget = timeoutMilliseconds < 0 ? Int.max : timeoutMilliseconds
        while let input = script.first {
            switch input {
            case .wait(let milliseconds):
                let spent = min(milliseconds, budget)
                clock.advance(by: .milliseconds(spent))
                budget -= spent
                if spent == milliseconds { script.removeFirst() } else { script[0] = .wait(milliseconds: milliseconds - spent) }
                if budget == 0 { return nil }
            case .key(let key):
                script.removeFirst()
                return .key(key)
            case .resize(let newSize):
                script.removeFirst()
                size = newSize
                return .resize(newSize)
            case .signal(let number):
                script.removeFirst()
                return .signal(number)
            case .mouse(let event):
                script.removeFirst()
                return .mouse(event)
            }
        }
        return nil
    }

    /// Records the request; a memory terminal always "supports" the mouse.
    @discardableResult
    public func reportMouse(_ on: Bool) -> Bool {
        isReportingMouse = on
        return true
    }

    /// Keeps the frame (ignored once closed, like a real terminal).
    public func draw(_ grid: CellGrid) {
        guard !isClosed else { return }
        frames.append((0..<grid.height).map(grid.line))
        lastGrid = grid
    }

    /// Marks the terminal closed.
    public func close() {
        isClosed = true
    }
}
