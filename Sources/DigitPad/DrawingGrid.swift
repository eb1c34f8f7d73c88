import CNNEngine

/// A square of pixels the student paints with the keyboard: a cursor, a round-ish brush (the pixel under the
/// cursor full, its four neighbours at least half), an eraser, and a pen that can stay down while moving.
public struct DrawingGrid: Equatable, Sendable {
    /// The side in pixels.
    public let size: Int
    /// Ink per pixel, 0…1, row by row.
    public private(set) var pixels: [Double]
    /// The cursor's row and column.
    public private(set) var cursor: (row: Int, column: Int)
    /// Whether moving the cursor paints as it goes.
    public private(set) var penDown = false

    /// A blank grid with the cursor in the middle.
    public init(size: Int) {
        self.size = max(1, size)
        pixels = Array(repeating: 0, count: self.size * self.size)
        cursor = (self.size / 2, self.size / 2)
    }

    /// Equal grids have the same pixels, cursor and pen.
    public static func == (a: DrawingGrid, b: DrawingGrid) -> Bool {
        a.size == b.size && a.pixels == b.pixels && a.cursor == b.cursor && a.penDown == b.penDown
    }

    /// Ink at (row, column), 0 outside the grid.
    public func ink(row: Int, column: Int) -> Double {
        guard row >= 0, row < size, column >= 0, column < size else { return 0 }
        return pixels[row * size + column]
    }

    /// Moves the cursor by (rows, columns), staying inside; with the pen down, paints where it lands.
    public mutating func move(rows: Int, columns: Int) {
        cursor = (min(size - 1, max(0, cursor.row + rows)), min(size - 1, max(0, cursor.column + columns)))
        if penDown { paint() }
    }

    /// Puts the cursor on (row, column), kept inside the grid; paints nothing by itself.
    public mutating func place(row: Int, column: Int) {
        cursor = (min(size - 1, max(0, row)), min(size - 1, max(0, column)))
    }

    /// Full ink under the cursor and at least half on its four neighbours.
    public mutating func paint() {
        set(cursor.row, cursor.column) { _ in 1 }
        for (row, column) in [
            (cursor.row - 1, cursor.column), (cursor.row + 1, cursor.column), (cursor.row, cursor.column - 1),
            (cursor.row, cursor.column + 1),
        ] {
            set(row, column) { max($0, 0.5) }
        }
    }

    /// Clears the pixel under the cursor.
    public mutating func erase() {
        set(cursor.row, cursor.column) { _ in 0 }
    }

    /// Lifts or lowers the pen; lowering it paints under the cursor at once.
    public mutating func togglePen() {
        penDown.toggle()
        if penDown { paint() }
    }

    /// Clears every pixel.
    public mutating func clear() {
        pixels = Array(repeating: 0, count: size * size)
    }

    /// Replaces the pixels with an image's (a sample to start from), which must be `[1][size][size]`.
    public mutating func load(_ image: Tensor) {
        guard image.shape == [1, size, size] else { return }
        pixels = image.scalars
    }

    /// The drawing as the network reads it, `[1][size][size]`.
    public var image: Tensor {
        var image = Tensor(zeros: [1, size, size])
        for (flat, value) in pixels.enumerated() { image.accumulate(value, atFlat: flat) }
        return image
    }

    private mutating func set(_ row: Int, _ column: Int, _ value: (Double) -> Double) {
        guard row >= 0, row < size, column >= 0, column < size else { return }
        pixels[row * size + column] = value(pixels[row * size + column])
    }
}
