import CNCursesw

extension Terminal {
    /// Delay after Escape before it counts as a lone key rather than the start of a sequence.
    static let escapeDelayMilliseconds: Int32 = 25

    /// Raw keys (Ctrl-C arrives as a key), no echo, keypad decoding, hidden cursor; returns the colours, nil when
    /// they are off.
    static func configureScreen(useColor: Bool) -> TerminalColors? {
        raw()
        noecho()
        nonl()
        if let window = cnn_stdscr() {
            keypad(window, true)
            leaveok(window, true)
        }
        curs_set(0)
        set_escdelay(escapeDelayMilliseconds)
        return useColor ? startColors() : nil
    }

    /// Starts colours and defines one pair per colour on the default background; nil if unavailable.
    static func startColors() -> TerminalColors? {
        guard has_colors(), start_color() == cnn_ok(), cnn_colors() >= 8 else { return nil }
        let background: Int16 = use_default_colors() == cnn_ok() ? -1 : Int16(COLOR_BLACK)
        for color in TerminalColor.allCases {
            init_pair(color.pairNumber, color.cursesNumber, background)
        }
        return TerminalColors(count: Int(cnn_colors()), defaultBackground: Int32(background))
    }
}

/// What colours a started terminal has.
struct TerminalColors {
    /// `COLORS`: 8, 16, 256, or more.
    let count: Int
    /// The background colour number of the style pairs (-1, the terminal's own, when it allows that).
    let defaultBackground: Int32
}
