/// The time the event loop schedules animation ticks by.
public protocol RuntimeClock: AnyObject {
    /// Time since an arbitrary fixed start; never goes backwards.
    var now: Duration { get }
}

/// The real clock: `ContinuousClock` (monotonic, keeps counting while the machine sleeps).
public final class SystemClock: RuntimeClock {
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant

    /// A clock whose `now` starts at zero.
    public init() {
        start = clock.now
    }

    /// Time since the clock was made.
    public var now: Duration { start.duration(to: clock.now) }
}

/// A clock for tests that moves only when told to: `MemoryTerminal` advances it while the loop waits for input.
public final class ManualClock: RuntimeClock {
    /// Time advanced so far.
    public private(set) var now: Duration = .zero

    /// A clock at zero.
    public init() {}

    /// Moves time forward by `duration` (negative durations are ignored).
    public func advance(by duration: Duration) {
        if duration > .zero { now += duration }
    }
}
