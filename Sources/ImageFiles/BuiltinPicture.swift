/// The pictures that ship with the tutor, drawn here by code: lessons/images/<name>.png are this code's
/// output, and a test checks that drawing them again gives the same pixels.
public enum BuiltinPicture: String, CaseIterable, Sendable {
    /// 64 × 64 grey: a house (wall, pitched roof, chimney, door, a window with a cross-shaped frame) on
    /// ground under a sky with a round sun. Mostly axis-aligned rectangles, so a vertical-edge filter and a
    /// horizontal-edge filter each find their own edges; the roof and the sun add slanted and curved ones.
    case house
    /// 32 × 32 rgb: four 16 × 16 quadrants, pure red (top left), green (top right), blue (bottom left) and
    /// white (bottom right).
    case colourQuadrants = "colour-quadrants"

    /// The committed file's name, e.g. "house.png".
    public var fileName: String { rawValue + ".png" }

    /// The picture, 8-bit (`maxValue` 255); the same pixels every time.
    public func draw() -> RasterImage {
        switch self {
        case .house: Self.drawing(ImageSize(height: 64, width: 64), channels: .grey, Self.housePixel)
        case .colourQuadrants: Self.drawing(ImageSize(height: 32, width: 32), channels: .rgb, Self.quadrantPixel)
        }
    }

    private static func drawing(_ size: ImageSize, channels: ImageChannels, _ pixel: (Int, Int) -> [UInt16]) -> RasterImage {
        let samples = (0..<size.height).flatMap { row in (0..<size.width).flatMap { column in pixel(row, column) } }
        return RasterImage(checked: size, channels: channels, maxValue: 255, samples: samples)
    }

    /// The grey level at (row, column), both from 0: the last listed shape that covers the pixel wins.
    private static func housePixel(row: Int, column: Int) -> [UInt16] {
        let roofHalfWidth = (row - 11) * 3 / 2  // the roof widens by 3 columns every 2 rows from row 12
        let layers: [(level: UInt16, covers: Bool)] = [
            (210, true),  // sky
            (250, (row - 10) * (row - 10) + (column - 52) * (column - 52) <= 36),  // sun, radius 6
            (80, row >= 48),  // ground
            (90, (14...26).contains(row) && (40...44).contains(column)),  // chimney
            (120, (12...27).contains(row) && abs(2 * column - 63) <= 2 * roofHalfWidth - 1),  // roof
            (160, (28...47).contains(row) && (14...49).contains(column)),  // wall
            (40, (36...47).contains(row) && (20...27).contains(column)),  // door
            (235, (32...41).contains(row) && (34...45).contains(column)),  // window
            (60, (32...41).contains(row) && (39...40).contains(column)),  // window frame, upright
            (60, (36...37).contains(row) && (34...45).contains(column)),  // window frame, crossbar
        ]
        return [layers.last { $0.covers }?.level ?? 0]
    }

    /// Red, green, blue and white quadrants.
    private static func quadrantPixel(row: Int, column: Int) -> [UInt16] {
        switch (row < 16, column < 16) {
        case (true, true): [255, 0, 0]
        case (true, false): [0, 255, 0]
        case (false, true): [0, 0, 255]
        case (false, false): [255, 255, 255]
        }
    }
}
