import CNNEngine
import LessonModel

/// Explains output sizes, and when a stride leaves rows or columns of the input unvisited, which ones and what
/// padding or stride would fit: an explanation, never a refusal. A stride that skips only padding is not worth a
/// word: every input cell is still read.
public enum ShapeCoach {
    /// One line per axis: the formula, plus the coaching when the stride does not fit.
    public static func lines(for window: SlidingWindow2D, glyphs: Glyphs) -> [String] {
        [window.rows, window.columns].map { glyphs.text(line(for: $0.explainOutputSize())) }
    }

    /// Coaching lines only for axes whose stride leaves input cells unvisited (empty when every cell is read).
    public static func warnings(for stage: LessonStage, glyphs: Glyphs) -> [String] {
        guard let window = window(of: stage) else { return [] }
        return [window.rows, window.columns].map { $0.explainOutputSize() }.filter(needsCoaching)
            .map { glyphs.text(line(for: $0)) }
    }

    /// Whether the stride does not fit and input cells, not only padding, are never visited.
    static func needsCoaching(_ explanation: OutputSizeExplanation) -> Bool {
        !explanation.fitsExactly && !explanation.unvisitedInputPositions.isEmpty
    }

    /// The window a stage slides (a convolution's or a pooling's), if any.
    public static func window(of stage: LessonStage) -> SlidingWindow2D? {
        stage.operation.slidingWindow
    }

    /// `output width: ⌊(6 + 0 + 0 − 3) / 2⌋ + 1 = 2; the stride does not fit: columns 6 never visited; …`.
    static func line(for explanation: OutputSizeExplanation) -> String {
        let axis = explanation.window.axis
        var line = "output \(axis.dimensionName): \(explanation.formula)"
        guard needsCoaching(explanation) else { return line }
        let skipped = explanation.unvisitedInputPositions.map { String($0 + 1) }.joined(separator: ", ")
        line += "; the stride does not fit: \(axis.rawValue) \(skipped) never visited"
        if let extra = explanation.paddingToFit { line += "; \(extra) more padding after would fit" }
        let strides = explanation.fittingStrides.map(String.init)
        if !strides.isEmpty { line += ", or stride " + strides.joined(separator: " or ") }
        return line
    }
}
