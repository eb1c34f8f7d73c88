import TutorCore

/// How keys are written in the help overlay and on hint lines.
enum KeyLabel {
    /// The name of a key pattern: `↑` (`up` in ASCII), `PgDn`, `Ctrl-C`, `Space`, `type`, `any other key`.
    /// `afterOthers` says the pattern follows other keys, so "any key" reads "any other key".
    static func name(_ pattern: KeyPattern, ascii: Bool, afterOthers: Bool = false) -> String {
        switch pattern {
        case .key(let key): return name(key, ascii: ascii)
        case .anyCharacter: return "type"
        case .numberCharacter: return "0-9 - . /"
        case .digit: return "0-9"
        case .anyKey: return afterOthers ? "any other key" : "any key"
        }
    }

    /// The name of one key.
    static func name(_ key: Key, ascii: Bool) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .up: return ascii ? "up" : "↑"
        case .down: return ascii ? "down" : "↓"
        case .left: return ascii ? "<-" : "←"
        case .right: return ascii ? "->" : "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .control(let letter): return "Ctrl-" + letter.uppercased()
        }
    }

    /// A help row's keys: every name, separated by spaces (`← h Backspace`).
    static func keys(of row: KeyHelpRow, ascii: Bool) -> String {
        row.keys.map { name($0, ascii: ascii) }.joined(separator: " ")
    }

    /// A hint's keys: one per binding, separated by slashes (`↑/↓`, `+/-`).
    static func keys(of hint: KeyHint, ascii: Bool, afterOthers: Bool = false) -> String {
        hint.keys.map { name($0, ascii: ascii, afterOthers: afterOthers) }.joined(separator: "/")
    }

    /// A hint line with the keys marked: `← back  → next  …`.
    static func hintRuns(_ hints: [KeyHint], options: RenderOptions) -> [StyledText] {
        Frame.keyHints(hintPairs(hints, options: options))
    }

    /// Each hint's keys and word, for `Frame.keyHints`.
    static func hintPairs(_ hints: [KeyHint], options: RenderOptions) -> [(String, String)] {
        hints.map { (keys(of: $0, ascii: options.glyphs == .ascii), $0.text) }
    }

    /// A hint line as one sentence: `Enter confirms, Esc cancels`, `y resumes, any other key starts at the beginning`.
    static func hintSentence(_ hints: [KeyHint], options: RenderOptions) -> String {
        hints.enumerated().map { index, hint in
            keys(of: hint, ascii: options.glyphs == .ascii, afterOthers: index > 0) + " " + hint.text
        }.joined(separator: ", ")
    }
}
