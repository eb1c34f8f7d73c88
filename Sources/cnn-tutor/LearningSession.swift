import ArgumentParser
import DigitPad
import Learning
import TerminalBackend
import TutorRuntime

/// Opens the terminal for the full-screen learning screens and always gives it back.
enum LearningSession {
    /// Runs `body` on an open terminal (ASCII when asked or when the terminal cannot show Unicode), closes the
    /// terminal on every way out, and turns a signal into exit status 128 + its number.
    static func run(display: Display, _ body: (any TerminalDevice, Bool) -> PadEnding) throws {
        let terminal = try InteractiveSession.openTerminal(display)
        let ending = body(terminal, display.ascii || !terminal.unicode)
        terminal.close()
        if case .signal(let number) = ending { throw ExitCode(128 + number) }
    }
}

/// `cnn-tutor draw`: paint a digit and watch the network read it.
struct DrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw",
        abstract:
            "Draw a digit with the arrow keys and Space (or the mouse); each layer's maps and the ten probabilities follow the pen.",
        discussion: "Use --load with weights saved by `train --save`; without it the network is untrained (seeded).")

    @OptionGroup var digits: DigitOptions

    @OptionGroup var display: DisplayOptions

    mutating func run() throws {
        let network = try digits.network(), samples = try digits.digits().test
        try LearningSession.run(display: display.display) { terminal, ascii in
            var pad = DigitPadState(network: network, samples: samples)
            return DigitPadLoop.run(&pad, on: terminal, ascii: ascii)
        }
    }
}
