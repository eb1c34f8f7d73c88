import LessonCode
import LessonModel
import LessonPractice
import LessonText

/// Practice mode: the tutor stops before output cells and the student types the value first.
public struct PracticeState: Sendable, Equatable {
    /// What happened with the current step's question.
    public enum Outcome: Sendable, Equatable {
        /// Right (on the first try, or after a skip reveal).
        case correct(Double)
        /// Wrong: what was typed, the true value, and the mistake that explains it, if one does.
        case wrong(typed: Double, truth: Double, mistake: Mistake?)
        /// The student skipped the question.
        case skipped(Double)
    }

    /// Ask every n-th step of each phase (1 = every step).
    public let every: Int
    /// The answer being typed.
    public var typed = ""
    /// Whether the current step waits for an answer.
    public var awaiting = false
    /// The outcome of the current step's question, once answered.
    public var outcome: Outcome?
    /// Questions asked so far.
    public private(set) var asked = 0
    /// Questions answered right on the first try.
    public private(set) var firstTryCorrect = 0
    /// Steps already asked, as (phase, step), so going back does not ask again.
    private var answered: Set<[Int]> = []

    /// Practice asking every `every`-th step.
    public init(every: Int = 1) {
        self.every = max(1, every)
    }

    /// Whether the step at (phase, step) should be asked.
    func shouldAsk(phase: Int, step: Int) -> Bool {
        step % every == 0 && !answered.contains([phase, step])
    }

    /// Records an answered (or skipped) question.
    mutating func record(phase: Int, step: Int, correct: Bool) {
        asked += 1
        if correct { firstTryCorrect += 1 }
        answered.insert([phase, step])
        awaiting = false
        typed = ""
    }

    /// `12 of 16 right on the first try`.
    public var scoreText: String {
        "\(firstTryCorrect) of \(asked) right on the first try"
    }
}
