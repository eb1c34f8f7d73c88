import CNCursesw

extension Terminal {
    /// Delay after Escape before it counts as a lone key rather than the start of a sequence.
    static let escapeDelayMilliseconds: Int32 = 25

    /// Raw keys (Ctrl-C arrives as a key), no echo, keypad decoding, hidden cursor; returns whether colours are on.
    static func configureScreen(useColor: Bool) -> Bool {
        raw()
        noecho()
        nonl()
        if let window = cnn_stdscr() {
            keypad(window, true)
            leaveok(window, true)
        }
        curs_set(0)
        set_escdelay(escapeDelayMilliseconds)
        return useColor && startColors()
    }

    /// Starts colours and defines one pair per colour on the default background; false if unavailable.
    static func startColors() -> Bool {
        guard has_colors(), start_color() == cnn_ok(), cnn_colors() >= 8 else { return false }
        let background: Int16 = use_default_colors() == cnn_ok() ? -1 : Int16(COLOR_BLACK)
        for color in TerminalColor.allCases {
            init_pair(color.pairNumber, color.cursesNumber, background)
        }
        return true
    }
}
