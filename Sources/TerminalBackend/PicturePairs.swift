import CNCursesw
import TutorRendering

/// The colour pairs picture cells are drawn with, defined on first use: one pair per foreground and background
/// the cells need, numbered after the style pairs. Pairs are never redefined (a redefined pair would leave
/// cells already on screen in stale colours); past the terminal's `COLOR_PAIRS` a cell keeps its style's pair.
final class PicturePairs {
    /// How tones become colour numbers.
    let palette: PicturePalette
    /// The colour number of the terminal's default background (-1 with `use_default_colors`).
    private let defaultBackground: Int32
    /// The first pair number pictures use; lower ones belong to the styles.
    static let firstPair: Int32 = 16
    private var next = firstPair
    private var pairs: [PairKey: Int32] = [:]
    /// The last paint asked for and its answer: neighbouring picture cells often share their colours, and a
    /// repainted picture asks for thousands in a row.
    private var last: (paint: CellPaint, pair: Int32?)?

    /// The colours a pair was defined with.
    private struct PairKey: Hashable {
        let foreground: Int32, background: Int32
    }

    /// Pairs for a terminal with `colorCount` colours whose default background is `defaultBackground`.
    init(colorCount: Int, defaultBackground: Int32) {
        self.palette = PicturePalette(colorCount: colorCount)
        self.defaultBackground = defaultBackground
    }

    /// The pair to draw `paint` with, nil when it needs no colour (or no pair is left).
    func pair(for paint: CellPaint) -> Int32? {
        if let last, last.paint == paint { return last.pair }
        let pair = lookUp(paint)
        last = (paint, pair)
        return pair
    }

    /// The pair for `paint`, defined now if it is new.
    private func lookUp(_ paint: CellPaint) -> Int32? {
        let foreground = paint.foreground.flatMap(palette.foreground)
        let background = paint.background.flatMap(palette.background)
        guard foreground != nil || background != nil else { return nil }
        let fore = foreground ?? -1, back = background ?? defaultBackground
        let key = PairKey(foreground: fore, background: back)
        if let pair = pairs[key] { return pair }
        guard next < cnn_color_pairs(), cnn_init_extended_pair(next, fore, back) == cnn_ok() else { return nil }
        pairs[key] = next
        next += 1
        return pairs[key]
    }
}
