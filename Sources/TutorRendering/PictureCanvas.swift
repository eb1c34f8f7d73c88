import LessonPictures
import LessonText
import TutorCore

/// One matrix drawn as a picture in a rectangle of the screen: the title, the pixels inside a one-cell margin
/// (frames may reach into it), and a legend giving the values at the ends of the ramp (and at 0).
///
/// `scale` is cells per pixel: a pixel is `scale` columns wide and `scale` half rows tall, so at 1 (1:1) a cell
/// holds two pixels one above the other. Only the cells in the rectangle are computed, each by sampling the
/// pixel at its centre, so a 512×512 picture costs what the screen holds, not what the image holds.
struct PictureCanvas {
    /// The panel's title.
    let title: String
    /// Rows and columns of pixels.
    let rows: Int, columns: Int
    /// Values, scale and frames.
    let source: PictureSource
    /// Glyphs and picture style.
    let options: RenderOptions

    /// Lines a picture takes besides its pixels: the title, a margin above and below, the legend.
    static let chromeLines = 4
    /// Columns a picture takes besides its pixels: a margin on each side.
    static let chromeColumns = 2
    /// The most columns one pixel is enlarged to.
    static let maximumScale = 8.0

    /// A canvas for `panel`'s picture, nil if it has none.
    init?(_ panel: MatrixPanel, options: RenderOptions) {
        guard let source = panel.picture else { return nil }
        self.init(title: panel.title, rows: panel.rows, columns: panel.columns, source: source, options: options)
    }

    init(title: String, rows: Int, columns: Int, source: PictureSource, options: RenderOptions) {
        self.title = title
        self.rows = max(rows, 1)
        self.columns = max(columns, 1)
        self.source = source
        self.options = options
    }

    /// Cells per pixel that fit the picture, chrome included, into `width` × `height` cells: whole cells per
    /// pixel when enlarging (so every pixel is the same size), at most `limit`.
    func fitScale(width: Int, height: Int, limit: Double = maximumScale) -> Double {
        let across = Double(width - Self.chromeColumns) / Double(columns)
        let down = 2 * Double(height - Self.chromeLines) / Double(rows)
        let scale = min(across, down, limit)
        return scale >= 1 ? scale.rounded(.down) : max(scale, 1 / 64)
    }

    /// The cells the pixels take at `scale`.
    func bodySize(scale: Double) -> (width: Int, height: Int) {
        (Int((Double(columns) * scale).rounded(.up)), Int((Double(rows) * scale / 2).rounded(.up)))
    }

    /// The size the picture takes, chrome included, at `scale`.
    func size(scale: Double) -> (width: Int, height: Int) {
        let body = bodySize(scale: scale)
        return (body.width + Self.chromeColumns, body.height + Self.chromeLines)
    }

    /// Draws into the rectangle at (`x`, `y`) of `width` × `height` at `scale`; a picture larger than the
    /// rectangle shows the part around its target (or window), moved by `pan` pixels. Returns the width used.
    @discardableResult
    func draw(into grid: inout CellGrid, x: Int, y: Int, width: Int, height: Int, scale: Double, pan: PictureOffset) -> Int {
        guard width > Self.chromeColumns, height > Self.chromeLines else { return 0 }
        let wanted = bodySize(scale: scale)
        let body = (width: min(wanted.width, width - Self.chromeColumns), height: min(wanted.height, height - Self.chromeLines))
        let view = viewport(body: body, scale: scale, pan: pan)
        grid.write(title, x: x, y: y, width: width, style: .title)
        drawPixels(into: &grid, x: x + 1, y: y + 2, body: body, view: view)
        drawScrollMarkers(into: &grid, x: x, y: y + 1, body: body, view: view)
        let clip = (columns: x...(x + body.width + 1), rows: (y + 1)...(y + body.height + 2))
        if let window = source.window {
            drawFrame(window, glyphs: .window(options.box), style: .pictureWindow, into: &grid, at: (x + 1, y + 2), view: view, clip: clip)
        }
        if let target = source.target {
            let glyphs = FrameGlyphs.target(ascii: options.box == .ascii)
            drawFrame(target, glyphs: glyphs, style: .pictureTarget, into: &grid, at: (x + 1, y + 2), view: view, clip: clip)
        }
        PictureLegend(scale: source.scale, options: options, hidesRange: source.hidesRange)
            .draw(into: &grid, x: x, y: y + body.height + 3, maxX: x + width, note: Self.zoomNote(scale: scale))
        return max(body.width + Self.chromeColumns, min(title.count, width))
    }

    /// The first pixel row and column shown, and the pixels per cell.
    struct Viewport {
        let top: Int, left: Int, scale: Double
        /// Pixel rows and columns shown.
        let visibleRows: Int, visibleColumns: Int
    }

    private func viewport(body: (width: Int, height: Int), scale: Double, pan: PictureOffset) -> Viewport {
        let visibleRows = min(rows, Int(Double(body.height * 2) / scale)), visibleColumns = min(columns, Int(Double(body.width) / scale))
        let focus = source.target ?? source.window
        func start(count: Int, visible: Int, focus: ClosedRange<Int>?, offset: Int) -> Int {
            guard visible < count else { return 0 }
            let followed = Self.followingStart(count: count, visible: visible, focus: focus)
            return min(max(followed + offset, 0), count - visible)
        }
        return Viewport(
            top: start(count: rows, visible: visibleRows, focus: focus?.rows, offset: pan.rows),
            left: start(count: columns, visible: visibleColumns, focus: focus?.columns, offset: pan.columns),
            scale: scale, visibleRows: visibleRows, visibleColumns: visibleColumns)
    }

    /// The first pixel shown along an axis of `count` pixels with `visible` on screen, following `focus` in
    /// jumps of half the room around it rather than pixel by pixel: a picture that slid one pixel per step would
    /// be hard to follow, and the terminal would repaint all of it on every step. The focus always stays in view.
    static func followingStart(count: Int, visible: Int, focus: ClosedRange<Int>?) -> Int {
        let centred = MatrixPanel.viewportStart(count: count, visible: visible, focus: focus)
        guard let focus, count > visible else { return centred }
        let span = focus.upperBound - focus.lowerBound + 1
        let jump = max(1, (visible - span) / 2)
        let snapped = centred / jump * jump
        // Near the far edge (where the centred start is clamped) snapping could leave the focus out: keep it.
        return focus.lowerBound >= snapped && focus.upperBound < snapped + visible ? snapped : centred
    }

    /// Every cell of the body: the pixel at the centre of each half cell, as half blocks or one glyph.
    private func drawPixels(into grid: inout CellGrid, x: Int, y: Int, body: (width: Int, height: Int), view: Viewport) {
        let scale = view.scale
        let pixelColumns = (0..<body.width).map { view.left + Int((Double($0) + 0.5) / scale) }
        let pixelRows = (0..<(body.height * 2)).map { view.top + Int((Double($0) + 0.5) / scale) }
        let style = options.pictures, toneScale = source.scale, value = source.value, rows = rows, columns = columns
        let filled = source.filledCells ?? rows * columns
        let shownColumns = pixelColumns.prefix { $0 < columns }
        func pixel(_ row: Int, _ column: Int) -> Double? {
            row < rows && row * columns + column < filled ? value(row, column) : nil
        }
        for row in 0..<body.height {
            let upperRow = pixelRows[2 * row], lowerRow = pixelRows[2 * row + 1]
            grid.fillRow(y: y + row, x: x, count: shownColumns.count) { offset in
                let column = shownColumns[offset]
                return Self.cell(upper: pixel(upperRow, column), lower: pixel(lowerRow, column), scale: toneScale, style: style)
            }
        }
    }

    /// One cell holding two pixels (either may be missing: not computed yet, or below the picture).
    static func cell(upper: Double?, lower: Double?, scale: PictureScale, style: PictureStyle) -> Cell {
        switch style {
        case .halfBlocks:
            switch (upper, lower) {
            case let (upper?, lower?):
                return Cell(scalar: "▀", paint: CellPaint(foreground: scale.tone(upper), background: scale.tone(lower)))
            case let (upper?, nil):
                return Cell(scalar: "▀", paint: CellPaint(foreground: scale.tone(upper), background: nil))
            case let (nil, lower?):
                return Cell(scalar: "▄", paint: CellPaint(foreground: scale.tone(lower), background: nil))
            case (nil, nil):
                return .blank
            }
        case .shades, .characters:
            let value: Double
            switch (upper, lower) {
            // A signed map keeps the stronger of the two pixels, so a one-pixel edge does not fade to half.
            case let (upper?, lower?): value = scale.isSigned ? (abs(upper) >= abs(lower) ? upper : lower) : (upper + lower) / 2
            case let (upper?, nil): value = upper
            case let (nil, lower?): value = lower
            case (nil, nil): return .blank
            }
            let tone = scale.tone(value)
            let glyph = PictureGlyphs.glyph(for: tone, style: style).unicodeScalars.first ?? " "
            return Cell(scalar: glyph, paint: CellPaint(foreground: tone, background: nil))
        }
    }

    /// The cells (columns, or half rows) pixels `pixels` fall in, counted from the viewport's first pixel
    /// `origin`; a pixel no cell samples (a shrunk picture) gets the cell it lies in.
    static func cellSpan(_ pixels: ClosedRange<Int>, origin: Int, scale: Double) -> ClosedRange<Int> {
        let low = Double(pixels.lowerBound - origin), high = Double(pixels.upperBound + 1 - origin)
        let first = Int((low * scale - 0.5).rounded(.up)), last = Int((high * scale - 0.5).rounded(.up)) - 1
        guard last >= first else {
            let cell = Int(((low + 0.5) * scale).rounded(.down))
            return cell...cell
        }
        return first...last
    }

    /// A box drawn around `rect` on the cells next to it, clipped to `clip`.
    private func drawFrame(
        _ rect: PictureSource.PixelRect, glyphs: FrameGlyphs, style: SemanticStyle, into grid: inout CellGrid,
        at origin: (x: Int, y: Int), view: Viewport, clip: (columns: ClosedRange<Int>, rows: ClosedRange<Int>)
    ) {
        let columns = Self.cellSpan(rect.columns, origin: view.left, scale: view.scale)
        let halves = Self.cellSpan(rect.rows, origin: view.top, scale: view.scale)
        let left = origin.x + columns.lowerBound - 1, right = origin.x + columns.upperBound + 1
        let top = origin.y + halves.lowerBound / 2 - 1, bottom = origin.y + halves.upperBound / 2 + 1
        func put(_ character: Character, _ column: Int, _ row: Int) {
            if clip.columns.contains(column) && clip.rows.contains(row) { grid[column, row] = Cell(character, style) }
        }
        for column in (left + 1)..<max(left + 1, right) {
            put(glyphs.horizontal, column, top)
            put(glyphs.horizontal, column, bottom)
        }
        for row in (top + 1)..<max(top + 1, bottom) {
            put(glyphs.vertical, left, row)
            put(glyphs.vertical, right, row)
        }
        put(glyphs.topLeft, left, top)
        put(glyphs.topRight, right, top)
        put(glyphs.bottomLeft, left, bottom)
        put(glyphs.bottomRight, right, bottom)
    }

    /// `×4` (enlarged), `×0.25` (shrunk) or `1:1`.
    static func zoomNote(scale: Double) -> String {
        scale == 1 ? "1:1" : scale > 1 ? "×\(Int(scale))" : "×\(String(format2: scale))"
    }

    /// `▲ ▼ ◀ ▶` in the margins, in the middle of each side where the picture goes on beyond the view.
    private func drawScrollMarkers(into grid: inout CellGrid, x: Int, y: Int, body: (width: Int, height: Int), view: Viewport) {
        let box = options.box, middleX = x + 1 + body.width / 2, middleY = y + 1 + body.height / 2
        if view.top > 0 { grid[middleX, y] = Cell(box.up, .muted) }
        if view.top + view.visibleRows < rows { grid[middleX, y + body.height + 1] = Cell(box.down, .muted) }
        if view.left > 0 { grid[x, middleY] = Cell(box.left, .muted) }
        if view.left + view.visibleColumns < columns { grid[x + body.width + 1, middleY] = Cell(box.right, .muted) }
    }
}

/// The characters of a frame on a picture.
struct FrameGlyphs {
    let horizontal: Character, vertical: Character
    let topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character

    /// The kernel window: the screen's ordinary box lines.
    static func window(_ box: BoxGlyphs) -> FrameGlyphs {
        FrameGlyphs(
            horizontal: box.horizontal, vertical: box.vertical, topLeft: box.topLeft, topRight: box.topRight,
            bottomLeft: box.bottomLeft, bottomRight: box.bottomRight)
    }

    /// The cell being computed: double lines (`#` and `=` in ASCII), so it differs from a window without colour.
    static func target(ascii: Bool) -> FrameGlyphs {
        ascii
            ? FrameGlyphs(horizontal: "=", vertical: "#", topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#")
            : FrameGlyphs(horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝")
    }
}

extension String {
    /// A positive number to two decimals, trailing zeros dropped: `0.25`, `0.1`, `0.05`, `2`. In integers: string
    /// surgery (an insert into a Substring) cost a third of a millisecond of a picture's first frame.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        let decimals = fraction == 0 ? "" : fraction < 10 ? ".0\(fraction)" : ".\(fraction % 10 == 0 ? fraction / 10 : fraction)"
        self = "\(whole)\(decimals)"
    }
}
