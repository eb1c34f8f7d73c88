import LessonModel
import LessonText

/// A number a student typed: `-5`, `−4.75`, `9.5`, `19/4`; with how many decimals were written.
public struct TypedNumber: Sendable, Equatable {
    /// The value.
    public let value: Double
    /// Decimals written after the point (0 for integers and fractions).
    public let decimals: Int

    /// Parses a typed answer; nil when it is not a finite number.
    public init?(_ text: String) {
        let cleaned = String(text.compactMap { $0 == " " ? nil : ($0 == "−" ? "-" : $0) })
        if let slash = cleaned.firstIndex(of: "/") {
            guard let numerator = Double(cleaned[..<slash]), let denominator = Double(cleaned[cleaned.index(after: slash)...]),
                denominator != 0
            else { return nil }
            value = numerator / denominator
            decimals = 0
        } else {
            guard let parsed = Double(cleaned), !cleaned.lowercased().contains("n"), !cleaned.lowercased().contains("i") else {
                return nil
            }
            value = parsed
            decimals = cleaned.firstIndex(of: ".").map { cleaned.distance(from: $0, to: cleaned.endIndex) - 1 } ?? 0
        }
        guard value.isFinite else { return nil }
    }

    /// Whether this answer counts as `truth`: exactly (to rounding error), as the tutor shows it, or rounded
    /// to the decimals typed when at least two were typed (so 0.33 or 0.333 both count for 1/3).
    public func matches(_ truth: Double) -> Bool {
        if abs(value - truth) <= 1e-9 * max(1, abs(truth)) { return true }
        if let shown = TypedNumber(NumberText.format(truth, glyphs: .ascii)), abs(shown.value - value) <= 1e-12 { return true }
        guard decimals >= 2 else { return false }
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        return abs(value - truth) <= unit / 2 + 1e-12
    }
}
