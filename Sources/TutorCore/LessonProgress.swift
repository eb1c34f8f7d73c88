/// How far a student got in one lesson, and their best practice score.
public struct LessonProgress: Codable, Sendable, Equatable {
    /// A practice score.
    public struct Score: Codable, Sendable, Equatable {
        /// Right on the first try.
        public var correct: Int
        /// Questions asked.
        public var asked: Int

        /// Creates a score.
        public init(correct: Int, asked: Int) {
            self.correct = correct
            self.asked = asked
        }

        /// Whether this score beats `other` (a higher share right, then more questions).
        public func isBetter(than other: Score) -> Bool {
            let mine = correct * max(other.asked, 1), theirs = other.correct * max(asked, 1)
            return mine != theirs ? mine > theirs : asked > other.asked
        }
    }

    /// The last phase reached (0-based).
    public var phase: Int
    /// The last step reached within it (0-based).
    public var step: Int
    /// Whether the lesson's last step was reached.
    public var completed: Bool
    /// The best practice score, if the student practised.
    public var bestScore: Score?
    /// Pictures (true) or numbers (false) when the student chose otherwise than the lesson opens; nil keeps the
    /// lesson's own choice.
    public var pictures: Bool?

    /// Creates a record.
    public init(phase: Int, step: Int, completed: Bool, bestScore: Score? = nil, pictures: Bool? = nil) {
        self.phase = phase
        self.step = step
        self.completed = completed
        self.bestScore = bestScore
        self.pictures = pictures
    }

    /// This record combined with an older one: the new position and view, completion kept, the better score.
    public func merged(over older: LessonProgress?) -> LessonProgress {
        guard let older else { return self }
        var best = bestScore ?? older.bestScore
        if let mine = bestScore, let theirs = older.bestScore { best = mine.isBetter(than: theirs) ? mine : theirs }
        return LessonProgress(
            phase: phase, step: step, completed: completed || older.completed, bestScore: best, pictures: pictures)
    }

    /// Whether opening the lesson should offer to resume (somewhere past the start, not finished).
    public var isResumable: Bool { !completed && (phase > 0 || step > 0) }
}
