import TutorCore
import TutorRuntime

/// Opens the terminal, shows every style and the last key until `q`, Ctrl-C or a termination signal, then closes.
@discardableResult
public func runBackendSelfTest(options: TerminalOptions) throws(TerminalError) -> BackendSelfTestEnding {
    let terminal = try Terminal.open(options: options)
    defer { terminal.close() }
    var size = terminal.size
    var lastKey: Key?
    while true {
        let screen = BackendSelfTestScreen.grid(
            size: size, unicode: terminal.unicode, colors: terminal.colorsEnabled, lastKey: lastKey
        )
        terminal.draw(screen)
        switch terminal.nextEvent(timeoutMilliseconds: 500) {
        case .key(let key) where key == .character("q") || key == .control("c"): return .quit(key)
        case .key(let key): lastKey = key
        case .resize(let newSize): size = newSize
        case .signal(let number): return .signal(number)
        case .mouse, nil: continue
        }
    }
}
