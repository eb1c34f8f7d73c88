/// The ten digits as 5×7 bitmaps, the skeleton the digit generator draws with a pen: each lit cell is a point of
/// the stroke, and neighbouring lit cells (across, down and diagonally) are joined by a line.
public enum DigitFont {
    /// Columns of a glyph.
    public static let width = 5
    /// Rows of a glyph.
    public static let height = 7

    /// The glyph of `digit` (0–9) as rows of `#` (ink) and `.` (paper).
    public static func rows(of digit: Int) -> [String] {
        glyphs[digit]
    }

    /// Whether cell (row, column) of `digit`'s glyph is inked; false outside the glyph.
    public static func isInked(_ digit: Int, row: Int, column: Int) -> Bool {
        guard row >= 0 && row < height && column >= 0 && column < width else { return false }
        return bitmaps[digit][row][column]
    }

    /// The pen strokes of `digit`: every inked cell joined to its inked neighbours to the right, below, below
    /// right and below left, as pairs of (row, column) cell centres; a cell with no inked neighbour is a dot.
    public static func strokes(of digit: Int) -> [(from: (row: Int, column: Int), to: (row: Int, column: Int))] {
        var strokes: [(from: (row: Int, column: Int), to: (row: Int, column: Int))] = []
        for row in 0..<height {
            for column in 0..<width where isInked(digit, row: row, column: column) {
                let neighbours = [(row, column + 1), (row + 1, column), (row + 1, column + 1), (row + 1, column - 1)]
                    .filter { isInked(digit, row: $0.0, column: $0.1) }
                if neighbours.isEmpty { strokes.append(((row, column), (row, column))) }
                for neighbour in neighbours { strokes.append(((row, column), (neighbour.0, neighbour.1))) }
            }
        }
        return strokes
    }

    private static let bitmaps: [[[Bool]]] = glyphs.map { rows in rows.map { row in row.map { $0 == "#" } } }

    private static let glyphs: [[String]] = [
        [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
        ["..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."],
        [".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"],
        ["#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###."],
        ["...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."],
        ["#####", "#....", "####.", "....#", "....#", "#...#", ".###."],
        ["..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."],
        ["#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."],
        [".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."],
        [".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."],
    ]
}
