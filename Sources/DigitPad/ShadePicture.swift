import CNNEngine
import LessonPictures
import TutorRendering

/// Planes of values drawn as characters with the project's picture ramps (`PictureGlyphs`): shades for a grey
/// scale, blocks above 0 and dots below for a signed one, ASCII ramps when asked.
public struct ShadePicture: Sendable {
    /// Shades, or the ASCII character ramps.
    public let style: PictureStyle

    /// Shades for Unicode screens, characters for ASCII ones.
    public init(ascii: Bool) {
        style = ascii ? .characters : .shades
    }

    /// The character for `value` on `scale`.
    public func glyph(_ value: Double, scale: PictureScale) -> Character {
        PictureGlyphs.glyph(for: scale.tone(value), style: style)
    }

    /// Draws plane `channel` of a `[C][H][W]` tensor at (x, y), `width` characters per pixel.
    func draw(
        _ tensor: Tensor, channel: Int, scale: PictureScale, into grid: inout CellGrid, x: Int, y: Int, width: Int = 1
    ) {
        let (rows, columns) = (tensor.shape[1], tensor.shape[2])
        for row in 0..<rows {
            for column in 0..<columns {
                let character = glyph(tensor[channel, row, column], scale: scale)
                for offset in 0..<width { grid[x + column * width + offset, y + row] = Cell(character) }
            }
        }
    }
}
