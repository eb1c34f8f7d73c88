import TutorCore

/// An in-memory screen: a rectangle of cells that renderers write into and tests read as text.
public struct CellGrid: Equatable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Cells row by row.
    public private(set) var cells: [Cell]

    /// A blank grid of the given size.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// A blank grid the size of the terminal.
    public init(size: TerminalSize) {
        self.init(width: size.width, height: size.height)
    }

    /// The cell at column `x`, row `y`, or a blank for positions outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    /// Sets the cells `(x + offset, y)` for `offset` in `0..<count` to `cell(offset)`, clipped to the grid once
    /// rather than per cell (a picture fills thousands of cells per frame).
    public mutating func fillRow(y: Int, x: Int, count: Int, _ cell: (Int) -> Cell) {
        guard y >= 0, y < height else { return }
        let first = max(0, -x), end = min(count, width - x)
        guard first < end else { return }
        let base = y * width + x
        cells.withUnsafeMutableBufferPointer { buffer in
            for offset in first..<end { buffer[base + offset] = cell(offset) }
        }
    }

    /// Cells of one row that differ from the previous frame: from a cell that differs to a cell that differs,
    /// with no long run of unchanged cells between.
    public struct ChangedSpan: Equatable, Sendable {
        public let row: Int
        public let columns: Range<Int>
        public init(row: Int, columns: Range<Int>) {
            self.row = row
            self.columns = columns
        }
    }

    /// Unchanged cells that end a span: a shorter gap between changes is sent over again rather than split into
    /// two calls (a picture's window frame and its output marker share rows but lie panels apart).
    public static let spanGap = 8

    /// Where this grid differs from `previous`, row by row in order: every whole row when there is no previous grid
    /// or its size differs. A terminal redraws only these: a step changes a few cells of a few rows of a full
    /// screen, and handing curses whole rows cost more than rendering the frame.
    public func spansChanged(since previous: CellGrid?) -> [ChangedSpan] {
        guard let previous, previous.width == width, previous.height == height else {
            return (0..<height).map { ChangedSpan(row: $0, columns: 0..<width) }
        }
        // Plain loops over both buffers: comparing row slices went through the generic sequence comparison.
        return cells.withUnsafeBufferPointer { now in
            previous.cells.withUnsafeBufferPointer { before in
                var spans: [ChangedSpan] = []
                for y in 0..<height {
                    let row = y * width
                    var x = 0
                    while x < width {
                        guard now[row + x] != before[row + x] else {
                            x += 1
                            continue
                        }
                        let first = x
                        var last = x, same = 0
                        x += 1
                        while x < width && same < Self.spanGap {
                            if now[row + x] == before[row + x] {
                                same += 1
                            } else {
                                last = x
                                same = 0
                            }
                            x += 1
                        }
                        spans.append(ChangedSpan(row: y, columns: first..<last + 1))
                    }
                }
                return spans
            }
        }
    }

    /// Whether `(x, y)` is inside the grid.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Writes `text` from `(x, y)` rightwards in `style`, one character per cell, clipped at the grid's edges;
    /// returns the end column.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: SemanticStyle = .plain) -> Int {
        var column = x
        for scalar in Self.cellScalars(text) {
            self[column, y] = Cell(scalar: scalar, style)
            column += 1
        }
        return column
    }

    /// The scalar each character of `text` is drawn with (its first, as `Cell` keeps). Every number, sum and hint
    /// on screen comes through here each frame, so ASCII text is read from its bytes, and other text steps from
    /// character to character by index, without making a `Character` of each.
    static func cellScalars(_ text: String) -> [Unicode.Scalar] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.map { Unicode.Scalar($0) } }
        var scalars: [Unicode.Scalar] = []
        var index = text.startIndex
        while index < text.endIndex {
            scalars.append(text.unicodeScalars[index])
            index = text.index(after: index)
        }
        return scalars
    }

    /// Sets the style of `length` cells from `(x, y)` without changing their characters.
    public mutating func restyle(x: Int, y: Int, length: Int, style: SemanticStyle) {
        for column in x..<(x + max(0, length)) where contains(x: column, y: y) {
            cells[y * width + column].style = style
        }
    }

    /// The characters of row `y`, trailing spaces removed.
    public func line(_ y: Int) -> String {
        guard y >= 0 && y < height else { return "" }
        var text = String(cells[(y * width)..<(y * width + width)].map(\.character))
        while text.last == " " { text.removeLast() }
        return text
    }

    /// All rows as text, one line each, trailing spaces removed.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// All rows with each styled run marked `[style:text]`, for snapshots that pin meaning as well as text.
    public var styledText: String {
        (0..<height).map { y in
            var line = "", current: SemanticStyle = .plain, run = ""
            func flush() {
                guard !run.isEmpty else { return }
                line += current == .plain ? run : "[\(current.rawValue):\(run)]"
                run = ""
            }
            for x in 0..<width {
                let cell = self[x, y]
                if cell.style != current { flush(); current = cell.style }
                run.append(cell.character)
            }
            flush()
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
