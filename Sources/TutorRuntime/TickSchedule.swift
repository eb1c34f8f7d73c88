/// Animation ticks the tutor asked for and that have not been delivered yet.
///
/// Every scheduled tick is delivered once, when due, whatever its generation: `Tutor.update` is the one place that
/// drops ticks of an animation generation that has since been paused, restarted or retimed.
struct TickSchedule {
    /// A tick: when it is due and the generation it carries.
    struct Tick: Equatable {
        /// When it is due, on the runtime's clock.
        let due: Duration
        /// The animation generation it was scheduled for.
        let generation: Int
    }

    /// Pending ticks, in the order they were scheduled.
    private(set) var pending: [Tick] = []

    /// Adds a tick.
    mutating func schedule(generation: Int, due: Duration) {
        pending.append(Tick(due: due, generation: generation))
    }

    /// When the earliest pending tick is due, nil if none is pending.
    var nextDue: Duration? { pending.map(\.due).min() }

    /// Removes and returns the ticks due at `now`, earliest first (ties in the order they were scheduled).
    mutating func takeDue(at now: Duration) -> [Tick] {
        let due = pending.enumerated().filter { $0.element.due <= now }
            .sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)
        pending.removeAll { $0.due <= now }
        return due
    }
}
