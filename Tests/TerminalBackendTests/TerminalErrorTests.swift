import Testing

@testable import TerminalBackend

struct TerminalErrorTests {
    static let errors: [TerminalError] = [
        .notATerminal, .unsupportedTerminal(term: "dumb"), .unsupportedTerminal(term: ""),
    ]

    @Test(arguments: errors)
    func messagesAreOneLineAndNameTheTranscriptAlternative(error: TerminalError) {
        let message = error.description
        #expect(message.hasPrefix("cnn-tutor: "))
        #expect(!message.contains("\n"))
        #expect(message.contains("cnn-tutor export LESSON"))
        #expect(message.contains("cnn-tutor play LESSON --plain"))
    }

    @Test func messagesSayWhatIsWrong() {
        #expect(TerminalError.notATerminal.description.contains("not a terminal"))
        let dumb = TerminalError.unsupportedTerminal(term: "dumb").description
        #expect(dumb.contains("'dumb' is unknown or cannot move the cursor"))
        #expect(TerminalError.unsupportedTerminal(term: "").description.contains("TERM is not set"))
    }
}
