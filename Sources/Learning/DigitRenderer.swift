import CNNEngine

/// Draws a digit's strokes with a round pen: a pixel's ink is 1 within the pen's radius of a stroke, fading to 0
/// over the next pixel, then noise is added and the result clamped to 0…1.
public enum DigitRenderer {
    /// `digit` drawn in `style` as a `[1][size][size]` image of values in 0…1 (1 is ink); the noise, if any,
    /// comes from `random`.
    public static func draw(_ digit: Int, style: DigitStyle, size: Int, random: inout SeededRandom) -> Tensor {
        let segments = DigitFont.strokes(of: digit).map { stroke in
            (
                style.place(row: stroke.from.row, column: stroke.from.column, size: size),
                style.place(row: stroke.to.row, column: stroke.to.column, size: size)
            )
        }
        var pixels = [Double](repeating: 0, count: size * size)
        for i in 0..<size {
            for j in 0..<size {
                let point = (x: Double(j), y: Double(i))
                let nearest = segments.reduce(Double.infinity) { min($0, distance(point, $1.0, $1.1)) }
                pixels[i * size + j] = clamp(style.penRadius + 0.5 - nearest)
            }
        }
        if style.noise > 0 {
            for index in pixels.indices { pixels[index] = clamp(pixels[index] + random.uniform(-style.noise, style.noise)) }
        }
        var image = Tensor(zeros: [1, size, size])
        for (flat, value) in pixels.enumerated() { image.accumulate(value, atFlat: flat) }
        return image
    }

    /// The distance from `point` to the segment from `a` to `b` (to `a` itself when they coincide).
    static func distance(_ point: (x: Double, y: Double), _ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
        let (dx, dy) = (b.x - a.x, b.y - a.y)
        let length = dx * dx + dy * dy
        let along = length == 0 ? 0 : min(1, max(0, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length))
        let (ex, ey) = (point.x - a.x - along * dx, point.y - a.y - along * dy)
        return (ex * ex + ey * ey).squareRoot()
    }

    private static func clamp(_ value: Double) -> Double { min(1, max(0, value)) }
}
