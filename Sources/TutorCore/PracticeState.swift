import LessonCode
import LessonModel
import LessonPractice
import LessonText

/// Practice mode: the tutor stops before output cells and the student types the value first, trying again after
/// a miss until it is right or they give up.
public struct PracticeState: Sendable, Equatable {
    /// How the current step's question ended.
    public enum Outcome: Sendable, Equatable {
        /// Answered right, after `misses` wrong tries.
        case correct(Double, misses: Int)
        /// Given up: the value was shown.
        case skipped(Double)
    }

    /// Ask every n-th step of each phase (1 = every step).
    public let every: Int
    /// The question open on the current step, if any.
    public var question: PracticeQuestion?
    /// How the current step's question ended, once it has.
    public var outcome: Outcome?
    /// Questions closed so far (answered or given up).
    public private(set) var asked = 0
    /// Questions answered right on the first try, with no help asked for.
    public private(set) var firstTryCorrect = 0
    /// Steps already asked, as (phase, step), so going back does not ask again.
    private var answered: Set<[Int]> = []

    /// Practice asking every `every`-th step.
    public init(every: Int = 1) {
        self.every = max(1, every)
    }

    /// Whether the current step waits for an answer.
    public var awaiting: Bool { question != nil }

    /// The answer being typed.
    public var typed: String { question?.typed ?? "" }

    /// Whether the step at (phase, step) should be asked.
    func shouldAsk(phase: Int, step: Int) -> Bool {
        step % every == 0 && !answered.contains([phase, step])
    }

    /// Closes the open question at (phase, step) with `outcome`; the score counts it right only if it was
    /// answered on the first try with no help.
    mutating func close(phase: Int, step: Int, _ outcome: Outcome) {
        guard let question else { return }
        asked += 1
        if case .correct = outcome, question.isFirstTry { firstTryCorrect += 1 }
        answered.insert([phase, step])
        self.question = nil
        self.outcome = outcome
    }

    /// `12 of 16 right on the first try`.
    public var scoreText: String {
        "\(firstTryCorrect) of \(asked) right on the first try"
    }
}
