import LessonText
import TutorCore

/// The panels of a step in picture view: every tensor that is more than a few numbers becomes a picture (the
/// kernel window framed on the input, the cell being computed framed on the result), the numbers under the
/// window stay beside the picture they belong to, and small filters stay as numbers. All pictures share one
/// scale, so a window on the input and the cell it gives on the output look the same size.
struct PictureLayout {
    /// One thing in a row of the layout.
    enum Item {
        /// A picture.
        case picture(PictureCanvas)
        /// A panel of numbers in a box of the given size (the numbers under a window: a few rows and columns).
        case numbers(MatrixPanel, width: Int, height: Int)
    }

    /// A row of columns, each one picture or a stack of number panels, with the width each column gets.
    struct Row {
        let columns: [[Item]]
        let widths: [Int]
        let height: Int
    }

    /// Columns between items.
    static let gap = 3
    /// Pictures are not shrunk below this many cells tall when channels are stacked; below it, one row is shown
    /// (the focused channel, `c` for the next).
    static let smallestStackedHeight = 6

    /// The rows, top to bottom.
    let rows: [Row]
    /// Cells per pixel, shared by every picture.
    let scale: Double
    /// How far a 1:1 view is panned.
    let pan: PictureOffset
    /// Glyphs and picture style.
    let options: RenderOptions

    /// The lines the layout takes.
    var height: Int { rows.reduce(0) { $0 + $1.height } }

    /// The picture-view layout of `scene`'s step in `width` × `room` cells; nil in numbers view or without panels.
    init?(scene: PhaseScene, width: Int, room: Int) {
        let view = scene.player.picture
        guard view.isOn, scene.step != nil else { return nil }
        let options = scene.options
        let single = [Self.items(scene.panels(), options: options)]
        guard !single[0].isEmpty else { return nil }
        let stacked = scene.channelPanelRows().map { $0.map { Self.items($0, options: options) } }
        let zoom = view.zoom
        var chosen = single, scale = Self.scale(single, zoom: zoom, width: width, room: room)
        if let stacked, stacked.count > 1 {
            let rowRoom = room / stacked.count
            let stackedScale = Self.scale(stacked, zoom: zoom, width: width, room: rowRoom)
            let tallest = stacked.flatMap { $0 }.compactMap(\.canvas).map { $0.bodySize(scale: stackedScale).height }.max() ?? 0
            let fits = zoom == .fit ? tallest >= Self.smallestStackedHeight : tallest + PictureCanvas.chromeLines <= rowRoom
            if fits { (chosen, scale) = (stacked, stackedScale) }
        }
        let rowRoom = room / chosen.count
        self.rows = chosen.map { Self.row(Self.stacked($0, room: rowRoom), scale: scale, width: width, room: rowRoom) }
        self.scale = scale
        self.pan = view.pan
        self.options = options
    }

    /// Draws the rows from (`x`, `y`).
    func draw(into grid: inout CellGrid, x: Int, y: Int) {
        var top = y
        for row in rows {
            var left = x
            for (column, width) in zip(row.columns, row.widths) {
                var lineY = top
                for item in column {
                    switch item {
                    case .picture(let canvas):
                        canvas.draw(into: &grid, x: left, y: lineY, width: width, height: row.height, scale: scale, pan: pan)
                    case .numbers(let panel, _, let height):
                        let shown = min(height, top + row.height - lineY)
                        panel.draw(into: &grid, x: left, y: lineY, width: width, height: shown, box: options.box)
                        lineY += shown + 1
                    }
                }
                left += width + Self.gap
            }
            top += row.height
        }
    }

    /// The items for a row of panels: pictures, each followed by the numbers under its window, and panels that
    /// stay numbers.
    static func items(_ panels: [MatrixPanel], options: RenderOptions) -> [Item] {
        panels.flatMap { panel -> [Item] in
            guard let source = panel.picture, !source.keepsNumbers, let canvas = PictureCanvas(panel, options: options) else {
                return [.numbers(panel, width: panel.naturalWidth, height: panel.naturalHeight)]
            }
            guard source.numbersBeside, let around = source.window ?? source.target else { return [.picture(canvas)] }
            let rows = min(max(around.rows.count + 2, 5), 9), columns = min(max(around.columns.count + 2, 5), 9)
            // The width comes from the values at the ends of the scale, not from the numbers in view, so the
            // pictures keep their size from step to step.
            let cellWidth = source.scale.legendValues.map { NumberText.format($0, glyphs: options.glyphs).count }.max() ?? 3
            let width = max(1 + columns * (max(3, cellWidth) + 2), min(panel.title.count, 24))
            return [.picture(canvas), .numbers(panel, width: width, height: min(rows + 2, panel.naturalHeight))]
        }
    }

    /// Consecutive number panels that fit in `room` lines together become one column, one above the other.
    static func stacked(_ items: [Item], room: Int) -> [[Item]] {
        var columns: [[Item]] = []
        for item in items {
            if item.canvas == nil, let last = columns.last, last.allSatisfy({ $0.canvas == nil }),
                last.reduce(0, { $0 + $1.height + 1 }) + item.height <= room
            {
                columns[columns.count - 1].append(item)
            } else {
                columns.append([item])
            }
        }
        return columns
    }

    /// The scale every picture of `rows` is drawn at: 1 at 1:1; when fitting, the largest that fits each row's
    /// pictures beside its numbers into `width` and `room` lines.
    static func scale(_ rows: [[Item]], zoom: PictureZoom, width: Int, room: Int) -> Double {
        guard zoom == .fit else { return 1 }
        return rows.map { fitScale(stacked($0, room: room), width: width, room: room) }.min() ?? 1
    }

    /// The largest scale at which the pictures of `columns` fit beside their numbers (one spare column per picture
    /// for rounding).
    private static func fitScale(_ columns: [[Item]], width: Int, room: Int) -> Double {
        let canvases = columns.flatMap { $0 }.compactMap(\.canvas)
        guard !canvases.isEmpty else { return 1 }
        let numbers = columns.reduce(0) { total, column in total + (column.first?.canvas == nil ? column.map(\.width).max() ?? 0 : 0) }
        let chrome = (PictureCanvas.chromeColumns + 1) * canvases.count
        let across = Double(width - numbers - gap * (columns.count - 1) - chrome) / Double(canvases.reduce(0) { $0 + $1.columns })
        let down = 2 * Double(room - PictureCanvas.chromeLines) / Double(canvases.map(\.rows).max() ?? 1)
        let scale = min(across, down, PictureCanvas.maximumScale)
        return scale >= 1 ? scale.rounded(.down) : max(scale, 1 / 64)
    }

    /// A row's widths and height at `scale`: numbers at their width, pictures at their size, shared out in
    /// proportion to their columns when a 1:1 row is wider than the screen.
    private static func row(_ columns: [[Item]], scale: Double, width: Int, room: Int) -> Row {
        var widths = columns.map { column in column.map { $0.canvas?.size(scale: scale).width ?? $0.width }.max() ?? 0 }
        let overflow = widths.reduce(0, +) + gap * (columns.count - 1) - width
        if overflow > 0 {
            let pictures = columns.indices.filter { columns[$0].first?.canvas != nil }
            let total = pictures.reduce(0) { $0 + widths[$1] }
            for index in pictures where total > 0 {
                widths[index] = max(PictureCanvas.chromeColumns + 8, widths[index] - overflow * widths[index] / total - 1)
            }
        }
        let heights = columns.map { column in
            column.reduce(0) { $0 + ($1.canvas?.size(scale: scale).height ?? $1.height + 1) }
        }
        return Row(columns: columns, widths: widths, height: min(room, heights.max() ?? 0))
    }
}

extension PictureLayout.Item {
    /// The picture, if this item is one.
    var canvas: PictureCanvas? {
        if case .picture(let canvas) = self { return canvas }
        return nil
    }

    /// The width a numbers item asks for (pictures: their columns).
    var width: Int {
        switch self {
        case .picture(let canvas): return canvas.columns + PictureCanvas.chromeColumns
        case .numbers(_, let width, _): return width
        }
    }

    /// The height a numbers item asks for (pictures: their rows at 1:1).
    var height: Int {
        switch self {
        case .picture(let canvas): return canvas.size(scale: 1).height
        case .numbers(_, _, let height): return height
        }
    }
}
