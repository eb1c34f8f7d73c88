import CNNEngine

/// How one synthetic digit is drawn: where, how large, how slanted, with how wide a pen and how much noise. Drawn
/// from a seeded stream, so the same seed always gives the same hand.
public struct DigitStyle: Equatable, Sendable {
    /// Pixels between neighbouring glyph rows.
    public var scale: Double
    /// Pixels between neighbouring glyph columns, as a fraction of `scale` (a narrow or a wide hand).
    public var aspect: Double
    /// How far the top leans right per row up, in glyph columns per glyph row (italic when positive).
    public var slant: Double
    /// The glyph's centre moved right, in pixels.
    public var shiftX: Double
    /// The glyph's centre moved down, in pixels.
    public var shiftY: Double
    /// Half the pen's width, in pixels.
    public var penRadius: Double
    /// Each pixel moves by a uniform amount in −noise…noise before clamping to 0…1.
    public var noise: Double

    /// A plain, centred upright digit for an image `size` pixels square, with no noise.
    public static func upright(size: Int) -> DigitStyle {
        let unit = Double(size) / 12
        return DigitStyle(scale: 1.35 * unit, aspect: 1, slant: 0, shiftX: 0, shiftY: 0, penRadius: 0.6 * unit, noise: 0)
    }

    /// A random hand for an image `size` pixels square: the glyph spans 60–75 % of the height, shifts up to an
    /// eighth of the image each way, slants up to ±0.25, and its pen is 0.8–1.8 pixels wide at 12×12.
    public static func random(size: Int, noise: Double, using random: inout SeededRandom) -> DigitStyle {
        let unit = Double(size) / 12
        let height = random.uniform(0.6, 0.75) * Double(size)
        let reach = Double(size) / 8
        return DigitStyle(
            scale: height / Double(DigitFont.height - 1), aspect: random.uniform(0.85, 1.15), slant: random.uniform(-0.25, 0.25),
            shiftX: random.uniform(-reach, reach), shiftY: random.uniform(-reach, reach), penRadius: random.uniform(0.4, 0.9) * unit,
            noise: noise)
    }

    /// Where glyph cell (row, column) lands in an image `size` pixels square, as (x, y) pixel coordinates of
    /// its centre (pixel (i, j)'s centre is (j, i)).
    func place(row: Int, column: Int, size: Int) -> (x: Double, y: Double) {
        let y = Double(row) - Double(DigitFont.height - 1) / 2
        let x = Double(column) - Double(DigitFont.width - 1) / 2 - slant * y
        let centre = Double(size - 1) / 2
        return (centre + shiftX + scale * aspect * x, centre + shiftY + scale * y)
    }
}
