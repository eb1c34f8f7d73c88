/// Animation speeds, slowest first: milliseconds between ticks.
public enum Speed {
    /// Tick intervals per level.
    public static let intervals = [1200, 700, 400, 220, 120, 50]
    /// The level a tutor starts at.
    public static let defaultLevel = 2

    /// The interval of a level, clamped to the known levels.
    public static func interval(level: Int) -> Int {
        intervals[min(max(level, 0), intervals.count - 1)]
    }
}
