import CNNEngine
import LessonModel

/// Explains output sizes, and when a stride does not fit the padded input, which rows or columns are never
/// visited and what padding or stride would fit: an explanation, never a refusal.
public enum ShapeCoach {
    /// One line per axis: the formula, plus the coaching when the stride does not fit.
    public static func lines(for window: SlidingWindow2D, glyphs: Glyphs) -> [String] {
        [window.rows, window.columns].map { glyphs.text(line(for: $0.explainOutputSize())) }
    }

    /// Coaching lines only for axes whose stride does not fit (empty when everything fits).
    public static func warnings(for stage: LessonStage, glyphs: Glyphs) -> [String] {
        guard let window = window(of: stage) else { return [] }
        return [window.rows, window.columns].map { $0.explainOutputSize() }.filter { !$0.fitsExactly }
            .map { glyphs.text(line(for: $0)) }
    }

    /// The window a stage slides (a convolution's or a pooling's), if any.
    public static func window(of stage: LessonStage) -> SlidingWindow2D? {
        stage.operation.slidingWindow
    }

    /// `output width: ⌊(6 + 0 + 0 − 3) / 2⌋ + 1 = 2; the stride does not fit: columns 6 never visited; …`.
    static func line(for explanation: OutputSizeExplanation) -> String {
        let axis = explanation.window.axis
        var line = "output \(axis.dimensionName): \(explanation.formula)"
        guard !explanation.fitsExactly else { return line }
        let skipped = explanation.unvisitedInputPositions.map { String($0 + 1) }.joined(separator: ", ")
        line += "; the stride does not fit: \(axis.rawValue) \(skipped) never visited"
        if let extra = explanation.paddingToFit { line += "; \(extra) more padding after would fit" }
        let strides = explanation.fittingStrides.map(String.init)
        if !strides.isEmpty { line += ", or stride " + strides.joined(separator: " or ") }
        return line
    }
}
