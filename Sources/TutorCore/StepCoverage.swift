/// Which steps of a lesson have been shown whole, in lesson order (every phase's steps one after another). A
/// lesson is completed when all were, so jumping to the end with `G` or `]` does not complete it.
public struct StepCoverage: Sendable, Equatable {
    /// Steps in the lesson.
    public let total: Int
    /// Steps 0..<leading have all been shown.
    public private(set) var leading = 0
    /// Steps shown beyond `leading` (a gap before them is still unseen).
    private var beyond: Set<Int> = []

    /// Nothing shown yet, out of `total` steps.
    public init(total: Int) {
        self.total = total
    }

    /// How many steps have been shown.
    public var shownCount: Int { leading + beyond.count }

    /// Whether every step has been shown.
    public var isComplete: Bool { leading >= total }

    /// Records that step `ordinal` was shown whole.
    public mutating func markShown(_ ordinal: Int) {
        guard ordinal >= leading, ordinal < total else { return }
        beyond.insert(ordinal)
        while beyond.remove(leading) != nil { leading += 1 }
    }

    /// Records that the first `count` steps were shown (in an earlier session).
    public mutating func markLeading(_ count: Int) {
        leading = max(leading, min(count, total))
        beyond = beyond.filter { $0 >= leading }
        while beyond.remove(leading) != nil { leading += 1 }
    }
}
