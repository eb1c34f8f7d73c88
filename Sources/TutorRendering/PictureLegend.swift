import LessonPictures
import LessonText

/// The line under a picture: the value at each end of its ramp and, for a diverging map, at 0, with the ramp
/// drawn between them in the same glyphs and colours as the picture; then a note (zoom, rows and columns shown).
struct PictureLegend {
    /// The picture's scale.
    let scale: PictureScale
    /// Glyphs and picture style.
    let options: RenderOptions
    /// Whether the ends of the scale are labelled `?` (and `−?`) instead of their values, with a note that says
    /// why: the picture of a result during practice.
    var hidesRange = false

    /// Cells of ramp between two labelled values.
    static let rampCells = 6

    /// Writes the legend from (`x`, `y`), clipped before `maxX`.
    func draw(into grid: inout CellGrid, x: Int, y: Int, maxX: Int, note: String) {
        var column = x
        func text(_ words: String) {
            for character in options.glyphs.text(words) where column < maxX {
                grid[column, y] = Cell(character, .muted)
                column += 1
            }
        }
        func ramp(from start: Double, to end: Double) {
            for step in 0..<Self.rampCells where column < maxX {
                let value = start + (end - start) * (Double(step) + 0.5) / Double(Self.rampCells)
                grid[column, y] = PictureCanvas.cell(upper: value, lower: value, scale: scale, style: options.pictures)
                column += 1
            }
        }
        let values = scale.legendValues
        let labels = values.map { value in
            guard hidesRange, value != 0 else { return NumberText.format(value, glyphs: options.glyphs) }
            return value < 0 ? options.glyphs.text("−?") : "?"
        }
        text(labels[0] + " ")
        for index in 1..<values.count {
            ramp(from: values[index - 1], to: values[index])
            text(" " + labels[index] + (index < values.count - 1 ? " " : ""))
        }
        text("  " + (hidesRange ? "hidden; " : "") + note)
    }
}
