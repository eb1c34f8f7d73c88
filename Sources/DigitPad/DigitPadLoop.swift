import TutorCore
import TutorRendering
import TutorRuntime

/// How a full-screen learning session ended.
public enum PadEnding: Equatable, Sendable {
    /// The student left with q or Esc.
    case quit
    /// A termination signal arrived (its number).
    case signal(Int32)
}

/// Runs the drawing pad on a terminal: draw, wait for a key, apply it, until q, Esc or a signal.
public enum DigitPadLoop {
    /// Runs until the student leaves; the terminal is left open for the caller to close.
    public static func run(_ state: inout DigitPadState, on terminal: any TerminalDevice, ascii: Bool) -> PadEnding {
        terminal.reportMouse(true)
        defer { terminal.reportMouse(false) }
        while true {
            terminal.draw(DigitPadView.render(state, size: terminal.size, ascii: ascii))
            switch terminal.nextEvent(timeoutMilliseconds: -1) {
            case .key(.control("c")): return .quit
            case .key(let key): if state.apply(key) == .quit { return .quit }
            case .mouse(let event):
                let pixel = DigitPadView.pixel(atColumn: event.column, row: event.row, drawingSize: state.grid.size)
                state.apply(event.action, atPixel: pixel)
            case .signal(let number): return .signal(number)
            case .resize, nil: continue
            }
        }
    }
}
