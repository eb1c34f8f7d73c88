/// Checks made before curses starts. Pure, so they are tested without a terminal.
enum TerminalPreflight {
    /// Terminal types that start but cannot draw a full screen.
    static let unsupportedTypes: Set<String> = ["dumb", "unknown"]

    /// The error for standard streams and `TERM` that cannot run the tutor, or nil if they can.
    static func problem(inputIsTerminal: Bool, outputIsTerminal: Bool, term: String?) -> TerminalError? {
        guard inputIsTerminal && outputIsTerminal else { return .notATerminal }
        return problem(term: term)
    }

    /// The error for a `TERM` value that is unset, empty or a known non-addressable type, or nil.
    static func problem(term: String?) -> TerminalError? {
        let name = term ?? ""
        if name.isEmpty || unsupportedTypes.contains(name.lowercased()) {
            return .unsupportedTerminal(term: name)
        }
        return nil
    }

    /// Whether a locale codeset (`nl_langinfo(CODESET)`) is UTF-8, however it is spelled.
    static func isUTF8(codeset: String) -> Bool {
        let letters = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return letters == "utf8"
    }
}
