import CNNEngine
import LessonModel
import LessonText

/// One open practice question, as rustlings runs an exercise: the student types, a wrong answer is explained
/// and they try again; a hint (which window, which terms) after the first miss, the whole sum after the second
/// or on request. The question stays open until it is answered right or given up. Shared by the full-screen
/// player and plain mode, so both teach the same way.
public struct PracticeQuestion: Sendable, Equatable {
    /// A wrong try: the number typed and every mistake that gives it.
    public struct Miss: Sendable, Equatable {
        /// The value typed.
        public let typed: Double
        /// The mistakes that explain it (empty when none does).
        public let mistakes: [Mistake]
    }

    /// What a try came to.
    public enum Verdict: Sendable, Equatable {
        /// Right; the question is answered.
        case right
        /// Wrong; the question stays open.
        case wrong(Miss)
        /// Not a number; nothing is counted.
        case notANumber
    }

    /// Misses after which the whole sum is shown without being asked for.
    public static let missesBeforeSum = 2

    /// The value asked for.
    public let truth: Double
    /// The answer being typed.
    public var typed = ""
    /// The wrong tries so far, oldest first.
    public private(set) var misses: [Miss] = []
    /// Whether the student asked for the sum before a second miss showed it.
    public private(set) var sumRequested = false

    /// A question whose answer is `truth`.
    public init(truth: Double) {
        self.truth = truth
    }

    /// Whether the hint is shown: after the first miss, until the sum itself is shown.
    public var showsHint: Bool { !misses.isEmpty && !showsSum }

    /// Whether the step's terms are shown, its total still hidden: after the second miss, or on request.
    public var showsSum: Bool { sumRequested || misses.count >= Self.missesBeforeSum }

    /// Whether the question is still on its first try with no help taken (what the score counts).
    public var isFirstTry: Bool { misses.isEmpty && !sumRequested }

    /// Shows the sum now.
    public mutating func requestSum() {
        sumRequested = true
    }

    /// Checks the typed text against the step; a miss is recorded with its mistakes and the box emptied for
    /// the next try.
    public mutating func submit(step: Step, phase: Phase, glyphs: Glyphs = .unicode) -> Verdict {
        guard let answer = TypedNumber(typed) else { return .notANumber }
        if answer.matches(truth) { return .right }
        let miss = Miss(typed: answer.value, mistakes: PracticeCoach.diagnose(answer, step: step, phase: phase, glyphs: glyphs))
        misses.append(miss)
        typed = ""
        return .wrong(miss)
    }
}

extension PracticeQuestion.Miss {
    /// What the typed number means, without the right value: `Not 5. That is what you get with the kernel
    /// flipped … Or: that is the right size with the wrong sign …`.
    public func explanation(glyphs: Glyphs = .unicode) -> String {
        let typedText = NumberText.format(typed, glyphs: glyphs)
        guard let first = mistakes.first else {
            return glyphs.text("Not \(typedText), and no common mistake gives that number.")
        }
        let others = mistakes.dropFirst().map { " Or: " + Self.lowercasingFirst($0.explanation) }
        return glyphs.text("Not \(typedText). " + first.explanation + others.joined())
    }

    private static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
