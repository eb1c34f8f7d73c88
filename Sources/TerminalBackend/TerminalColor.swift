import CNCursesw

/// One of the eight basic curses colours, the only ones a colour terminal is sure to have.
public enum TerminalColor: CaseIterable, Equatable, Hashable, Sendable {
    /// The basic colours, in curses (and ANSI) order.
    case red, green, yellow, blue, magenta, cyan, white

    /// The curses colour number.
    var cursesNumber: Int16 {
        switch self {
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        }
    }

    /// The colour pair drawn with this foreground: pairs 1… in declaration order (0 is the default pair).
    var pairNumber: Int16 {
        Int16((TerminalColor.allCases.firstIndex(of: self) ?? 0) + 1)
    }

    /// The ANSI SGR parameter that sets it as the foreground: 30 + its number, which curses takes from ANSI.
    public var ansiForeground: Int { 30 + Int(cursesNumber) }
}
