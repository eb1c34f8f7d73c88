import TutorCore
import TutorRendering

/// What the event loop needs of a terminal: its size, the next event, drawing a grid, closing. The ncurses
/// `Terminal` is one; `MemoryTerminal` is another, for tests.
public protocol TerminalDevice: AnyObject {
    /// The size in cells now.
    var size: TerminalSize { get }

    /// Waits up to `timeoutMilliseconds` (negative: without limit) for a key, a resize or a termination signal.
    /// Returns nil when the time runs out; it may also return nil early, so callers check their clock.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?

    /// Starts (or stops) reporting mouse presses and drags as `.mouse` events; returns whether the terminal
    /// reports them. Off by default, so the terminal's own text selection works everywhere else.
    @discardableResult
    func reportMouse(_ on: Bool) -> Bool

    /// Shows `grid` (clipped to the size), replacing what was shown.
    func draw(_ grid: CellGrid)

    /// Gives the terminal back as it was; safe to call twice.
    func close()
}
