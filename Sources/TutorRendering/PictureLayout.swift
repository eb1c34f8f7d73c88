import LessonText
import TutorCore

/// The panels of a step in picture view: every tensor that is more than a few numbers becomes a picture (the
/// kernel window framed on the input, the cell being computed framed on the result), the numbers under the
/// window stay beside the picture they belong to, and small filters stay as numbers. All pictures share one
/// scale, so a window on the input and the cell it gives on the output look the same size. A step over several
/// input channels shows every channel's picture side by side, with the numbers of the channel in focus.
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
        /// Whether every picture got its whole width.
        let fitsWithoutShrinking: Bool
    }

    /// Columns between items.
    static let gap = 3
    /// Channels are shown side by side when their pictures are at least this many cells tall (or as large as the
    /// focused channel alone would be, halved); otherwise only the focused channel (`c` for the next).
    static let smallestChannelHeight = 8

    /// The pictures and numbers, left to right.
    let row: Row
    /// Cells per pixel, shared by every picture.
    let scale: Double
    /// How far a 1:1 view is panned.
    let pan: PictureOffset
    /// Glyphs and picture style.
    let options: RenderOptions

    /// The lines the layout takes.
    var height: Int { row.height }

    /// The picture-view layout of `scene`'s step in `width` × `room` cells; nil in numbers view or without panels.
    init?(scene: PhaseScene, width: Int, room: Int) {
        let view = scene.player.picture
        guard view.isOn, scene.step != nil else { return nil }
        let options = scene.options, zoom = view.zoom
        var items = Self.items(scene.panels(), options: options)
        guard !items.isEmpty else { return nil }
        var scale = Self.scale(items, zoom: zoom, width: width, room: room)
        if let channels = Self.channelsSideBySide(scene, focused: items, options: options) {
            let channelScale = Self.scale(channels, zoom: zoom, width: width, room: room)
            let height = channels.compactMap(\.canvas).map { $0.bodySize(scale: channelScale).height }.max() ?? 0
            let fits =
                zoom == .fit
                ? height >= Self.smallestChannelHeight || channelScale >= scale / 2
                : Self.row(Self.stacked(channels, room: room), scale: 1, width: width, room: room).fitsWithoutShrinking
            if fits { (items, scale) = (channels, channelScale) }
        }
        self.row = Self.row(Self.stacked(items, room: room), scale: scale, width: width, room: room)
        self.scale = scale
        self.pan = view.pan
        self.options = options
    }

    /// Draws the row from (`x`, `y`).
    func draw(into grid: inout CellGrid, x: Int, y: Int) {
        var left = x
        for (column, width) in zip(row.columns, row.widths) {
            var top = y
            for item in column {
                switch item {
                case .picture(let canvas):
                    canvas.draw(into: &grid, x: left, y: top, width: width, height: row.height, scale: scale, pan: pan)
                case .numbers(let panel, _, let height):
                    let shown = min(height, y + row.height - top)
                    panel.draw(into: &grid, x: left, y: top, width: width, height: shown, box: options.box)
                    top += shown + 1
                }
            }
            left += width + Self.gap
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

    /// For a step over several input channels whose focused channel (`focused`, first item) is a picture: every
    /// channel's picture, then the focused channel's numbers and the rest of its row.
    static func channelsSideBySide(_ scene: PhaseScene, focused: [Item], options: RenderOptions) -> [Item]? {
        guard let rows = scene.channelPanelRows(), rows.count > 1, focused.first?.canvas != nil else { return nil }
        let pictures = rows.compactMap { $0.first }.compactMap { panel -> Item? in
            guard let source = panel.picture, !source.keepsNumbers else { return nil }
            return PictureCanvas(panel, options: options).map(Item.picture)
        }
        guard pictures.count == rows.count else { return nil }
        return pictures + focused.dropFirst()
    }

    /// The scale every picture of `items` is drawn at: 1 at 1:1; when fitting, the largest that fits the pictures
    /// beside their numbers into `width` and `room` lines.
    static func scale(_ items: [Item], zoom: PictureZoom, width: Int, room: Int) -> Double {
        zoom == .fit ? fitScale(stacked(items, room: room), width: width, room: room) : 1
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
        var slack = -overflow
        // Room left over goes to pictures narrower than their titles.
        for (index, column) in columns.enumerated() where slack > 0 {
            guard let title = column.first?.canvas?.title, title.count > widths[index] else { continue }
            let extra = min(slack, title.count - widths[index])
            widths[index] += extra
            slack -= extra
        }
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
        return Row(columns: columns, widths: widths, height: min(room, heights.max() ?? 0), fitsWithoutShrinking: overflow <= 0)
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
