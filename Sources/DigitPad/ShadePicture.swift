import CNNEngine
import TutorRendering

/// A plane of values drawn as shaded characters: blank for 0 (or the smallest), full block for the largest.
public struct ShadePicture: Sendable {
    /// Unicode shades from empty to full, or their ASCII stand-ins.
    public let levels: [Character]

    /// Shades for Unicode or ASCII screens.
    public init(ascii: Bool) {
        levels = ascii ? [" ", ".", ":", "+", "#"] : [" ", "░", "▒", "▓", "█"]
    }

    /// Eight rising blocks for a sparkline.
    public static let sparkline: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Their ASCII stand-ins.
    public static let asciiSparkline: [Character] = ["_", ".", "-", ":", "=", "+", "*", "#"]

    /// A signed value's character: −largest blank, 0 half, +largest full (dark negative, bright positive).
    public func signedShade(_ value: Double, largest: Double) -> Character {
        guard largest > 0 else { return levels[levels.count / 2] }
        return shade(value + largest, largest: 2 * largest)
    }

    /// The level's character for `value` on a scale from 0 to `largest` (values outside are clamped).
    public func shade(_ value: Double, largest: Double) -> Character {
        guard largest > 0 else { return levels[0] }
        let level = Int((min(1, max(0, value / largest)) * Double(levels.count - 1)).rounded())
        return levels[level]
    }

    /// Draws plane `channel` of a `[C][H][W]` tensor at (x, y), `width` characters per pixel, scaled to `largest`.
    func draw(
        _ tensor: Tensor, channel: Int, largest: Double, into grid: inout CellGrid, x: Int, y: Int, width: Int = 1,
        style: SemanticStyle = .plain
    ) {
        let (rows, columns) = (tensor.shape[1], tensor.shape[2])
        for row in 0..<rows {
            for column in 0..<columns {
                let character = shade(tensor[channel, row, column], largest: largest)
                for offset in 0..<width { grid[x + column * width + offset, y + row] = Cell(character, style) }
            }
        }
    }
}
