import Learning
import TutorCore
import TutorRendering
import TutorRuntime

/// The full-screen training run: a slice of training between frames while it works (so q, p and d are answered
/// within a slice), the drawing pad on d with the network as trained so far, back to training when the pad is left.
public enum LearningScreens {
    /// Runs until q, Esc or a signal; returns how it ended and the network as trained when it ended.
    public static func train(
        _ state: inout TrainingScreenState, samples: [DigitSample], on terminal: any TerminalDevice, ascii: Bool
    ) -> (ending: PadEnding, network: TinyNetwork) {
        while true {
            terminal.draw(TrainingScreenView.render(state, size: terminal.size, ascii: ascii))
            switch terminal.nextEvent(timeoutMilliseconds: state.isWorking ? 0 : -1) {
            case .key(.control("c")):
                return (.quit, state.trainer.network)
            case .key(let key):
                switch state.apply(key) {
                case .quit: return (.quit, state.trainer.network)
                case .draw:
                    var pad = DigitPadState(network: state.trainer.network, samples: samples)
                    if case .signal(let number) = DigitPadLoop.run(&pad, on: terminal, ascii: ascii) {
                        return (.signal(number), state.trainer.network)
                    }
                case .stay: break
                }
            case .signal(let number):
                return (.signal(number), state.trainer.network)
            case .resize, .mouse, nil:
                break
            }
            state.work()
        }
    }
}
