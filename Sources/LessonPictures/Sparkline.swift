import CNNEngine

/// A row of values as one line of rising blocks, each value one character: how a loss curve is drawn in a line.
public enum Sparkline {
    /// Eight rising blocks, lowest first.
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Their ASCII stand-ins, lowest first.
    public static let asciiBlocks: [Character] = ["_", ".", "-", ":", "=", "+", "*", "#"]

    /// Each value's level 0…count − 1 on a log scale from the smallest positive value to the largest (the top level
    /// when all are equal); 0 for values that are 0 or less.
    public static func levels(_ values: [Double], count: Int) -> [Int] {
        let logs = values.map { $0 > 0 ? StableMath.logarithm($0) : -Double.infinity }
        let finite = logs.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return values.map { _ in 0 } }
        return logs.map { value in
            guard value.isFinite else { return 0 }
            guard high > low else { return count - 1 }
            return Int(((value - low) / (high - low) * Double(count - 1)).rounded())
        }
    }

    /// `values` as a line of blocks (ASCII when asked), on a log scale.
    public static func line(_ values: [Double], ascii: Bool) -> String {
        let ramp = ascii ? asciiBlocks : blocks
        return String(levels(values, count: ramp.count).map { ramp[$0] })
    }
}
