/// Fractions written as percentages with one decimal, the one spelling of accuracies and probabilities.
public enum PercentText {
    /// `97.8 %` for 0.9782.
    public static func of(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10) %"
    }
}
