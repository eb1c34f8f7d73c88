import CNNEngine
import Learning
import LessonPictures
import TutorCore
import TutorRendering

/// The drawing pad on screen: the drawing with its cursor and the ten probabilities below it as bars (the most
/// probable marked), each filter's map after ReLU and after pooling to the right. Fits 80×24 for digits up to 12×12.
public enum DigitPadView {
    /// The pad drawn into a grid of `size`.
    public static func render(_ state: DigitPadState, size: TerminalSize, ascii: Bool) -> CellGrid {
        var grid = CellGrid(size: size)
        let picture = ShadePicture(ascii: ascii), n = state.grid.size
        grid.write("Draw a digit: the tiny network reads it as you draw", x: 1, y: 0, style: .title)
        grid.write("drawing \(n)x\(n)" + (state.grid.penDown ? ", pen down" : ""), x: 1, y: 2, style: .muted)
        drawDrawing(state.grid, picture: picture, into: &grid, x: drawingOrigin.x, y: drawingOrigin.y)
        if let pass = state.pass {
            drawMaps(pass, picture: picture, into: &grid, x: max(2 * n + 5, 2 * probabilityWidth + 3), y: 2)
            drawProbabilities(pass, ascii: ascii, into: &grid, x: 1, y: 3 + n + 1)
        }
        grid.write(ascii ? asciiHelp : DigitPadState.keyHelp, x: 1, y: size.height - 1, style: .key)
        return grid
    }

    /// The screen cell of the drawing's top-left pixel; each pixel is two cells wide.
    static let drawingOrigin = (x: 1, y: 3)

    /// The drawing's pixel (row, column) under the screen cell (`column`, `row`), nil outside the drawing.
    public static func pixel(atColumn column: Int, row: Int, drawingSize: Int) -> (row: Int, column: Int)? {
        let pixelRow = row - drawingOrigin.y, offset = column - drawingOrigin.x
        guard pixelRow >= 0, pixelRow < drawingSize, offset >= 0, offset < 2 * drawingSize else { return nil }
        return (pixelRow, offset / 2)
    }

    private static let asciiHelp = "arrows move  Space/mouse paint  x erase  d pen  c clear  0-9 a sample  q quit"

    /// Two characters per pixel; the cursor's pixel in the active style, `[]` when it has no ink.
    private static func drawDrawing(_ drawing: DrawingGrid, picture: ShadePicture, into grid: inout CellGrid, x: Int, y: Int) {
        for row in 0..<drawing.size {
            for column in 0..<drawing.size {
                let shade = picture.glyph(drawing.ink(row: row, column: column), scale: .intensity(top: 1))
                let isCursor = drawing.cursor == (row, column)
                let text = isCursor && shade == " " ? "[]" : String([shade, shade])
                grid.write(text, x: x + 2 * column, y: y + row, style: isCursor ? .activeTerm : .plain)
            }
        }
    }

    /// The row where the pooled maps start: below the convolution's maps and their label.
    private static func pooledTop(_ pass: ForwardPass) -> Int { 2 + 1 + pass.pooling.input.shape[1] + 1 }

    /// Each filter's map after ReLU (one row of maps), then after max pooling below, each layer on its own scale.
    private static func drawMaps(_ pass: ForwardPass, picture: ShadePicture, into grid: inout CellGrid, x: Int, y: Int) {
        let rectified = pass.pooling.input, pooled = pass.flatten.input
        let filters = rectified.shape[0], side = rectified.shape[2]
        grid.write("conv + ReLU, \(filters) filters", x: x, y: y, style: .muted)
        let rectifiedScale = PictureScale.fitting(rectified.scalars), pooledScale = PictureScale.fitting(pooled.scalars)
        for f in 0..<filters {
            picture.draw(rectified, channel: f, scale: rectifiedScale, into: &grid, x: x + f * (side + 1), y: y + 1)
        }
        let top = pooledTop(pass)
        grid.write("max pool", x: x, y: top - 1, style: .muted)
        for f in 0..<filters {
            picture.draw(pooled, channel: f, scale: pooledScale, into: &grid, x: x + f * (side + 1), y: top)
        }
    }

    /// Columns one probability takes: `7 ███░  83.1 %` and a space.
    private static let probabilityWidth = 15

    /// Two columns of five: `7 ███░  83.1 %`, the most probable class in the winner's style.
    private static func drawProbabilities(_ pass: ForwardPass, ascii: Bool, into grid: inout CellGrid, x: Int, y: Int) {
        let probabilities = pass.probabilities.scalars, width = 4
        let (full, empty): (Character, Character) = ascii ? ("#", ".") : ("█", "░")
        grid.write("probabilities", x: x, y: y, style: .muted)
        for (digit, probability) in probabilities.enumerated() {
            let filled = Int((probability * Double(width)).rounded())
            let bar = String(repeating: full, count: filled) + String(repeating: empty, count: width - filled)
            let percent = PercentText.of(probability)
            let text = "\(digit) \(bar) " + String(repeating: " ", count: max(0, 7 - percent.count)) + percent
            let rows = (probabilities.count + 1) / 2
            grid.write(
                text, x: x + (digit / rows) * probabilityWidth, y: y + 1 + digit % rows, style: digit == pass.prediction ? .winner : .plain)
        }
    }
}
