import Testing

@testable import TerminalBackend

struct TerminalPreflightTests {
    @Test(arguments: [(false, true), (true, false), (false, false)])
    func rejectsStreamsThatAreNotTerminals(input: Bool, output: Bool) {
        let problem = TerminalPreflight.problem(inputIsTerminal: input, outputIsTerminal: output, term: "xterm")
        #expect(problem == .notATerminal)
    }

    @Test(arguments: [nil, "", "dumb", "DUMB", "unknown"] as [String?])
    func rejectsTerminalTypesThatCannotDraw(term: String?) {
        #expect(TerminalPreflight.problem(term: term) == .unsupportedTerminal(term: term ?? ""))
    }

    @Test(arguments: ["xterm", "xterm-256color", "screen", "tmux-256color", "linux", "vt100"])
    func acceptsFullScreenTerminalTypes(term: String) {
        #expect(TerminalPreflight.problem(inputIsTerminal: true, outputIsTerminal: true, term: term) == nil)
    }

    @Test(arguments: ["UTF-8", "utf8", "UTF8", "utf-8"])
    func recognisesUTF8(codeset: String) {
        #expect(TerminalPreflight.isUTF8(codeset: codeset))
    }

    @Test(arguments: ["ANSI_X3.4-1968", "ISO-8859-1", "", "UTF-16"])
    func fallsBackToASCIIForOtherCodesets(codeset: String) {
        #expect(!TerminalPreflight.isUTF8(codeset: codeset))
    }
}
