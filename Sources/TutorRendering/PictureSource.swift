import LessonPictures

/// What a panel's matrix looks like as a picture: its values (those not computed yet left out), the scale that
/// turns them into tones, and what to frame. Built beside the numbers by `PhaseScene`, so both views show the
/// same step.
struct PictureSource {
    /// Rows and columns of pixels.
    struct PixelRect: Equatable {
        let rows: ClosedRange<Int>, columns: ClosedRange<Int>
    }

    /// The value at (row, column). Called for every pixel on screen, so it only reads a value.
    let value: (Int, Int) -> Double
    /// How many cells, in row-major order, are computed and shown (a result being filled in); nil for all.
    let filledCells: Int?
    /// Values to tones.
    let scale: PictureScale
    /// The cells the step reads, framed as the window.
    let window: PixelRect?
    /// The cell being computed (or the one marked on an operand), framed as the target.
    let target: PixelRect?
    /// Whether the panel stays as numbers in picture view: a small filter, whose weights are what each window is
    /// multiplied by, or a tensor of a few cells.
    let keepsNumbers: Bool
    /// Whether picture view puts the numbers around the window (or the target) beside the picture.
    let numbersBeside: Bool
    /// Whether the legend leaves out the values at the ends of the scale: a result during practice, whose range
    /// would give away answers still to be asked (the largest output is often one of them).
    var hidesRange = false

    /// The rectangle holding `keys` (`row * columns + column`), nil for none.
    static func rect(of keys: some Collection<Int>, columns: Int) -> PixelRect? {
        guard let first = keys.first else { return nil }
        var top = first / columns, bottom = top, left = first % columns, right = left
        for key in keys {
            top = min(top, key / columns)
            bottom = max(bottom, key / columns)
            left = min(left, key % columns)
            right = max(right, key % columns)
        }
        return PixelRect(rows: top...bottom, columns: left...right)
    }
}
