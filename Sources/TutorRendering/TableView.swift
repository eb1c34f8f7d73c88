import CNNEngine
import LessonModel
import LessonText

/// The layer table of an architecture lesson, revealed row by row.
struct TableView {
    let rows: [LayerRow]
    let current: Int
    let options: RenderOptions

    func draw(into grid: inout CellGrid, x: Int, y: Int, width: Int, height: Int) {
        let header = ["Layer", "Activation shape", "Size", "Parameters"]
        let cells = rows.map { row in
            [
                options.glyphs.text(row.name),
                "(" + row.shape.map(String.init).joined(separator: ", ") + (row.shape.count == 1 ? ", 1" : "") + ")",
                LayerStack.grouped(row.activationSize), options.glyphs.text(row.parameterFormula),
            ]
        }
        let widths = (0..<4).map { column in ([header[column]] + cells.map { $0[column] }).map(\.count).max() ?? 0 }
        func line(_ values: [String]) -> String {
            zip(values, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
        }
        grid.write(line(header), x: x, y: y, width: width, style: .title)
        let visible = max(1, height - 1)
        let top = MatrixPanel.viewportStart(count: cells.count, visible: visible, focus: current...current)
        for (offset, index) in (top..<min(cells.count, top + visible)).enumerated() {
            let style: SemanticStyle = index == current ? .current : (index < current ? .plain : .pending)
            let text = index <= current ? line(cells[index]) : line([cells[index][0], "", "", ""])
            grid.write(text, x: x, y: y + 1 + offset, width: width, style: style)
        }
    }

    /// The current row's arithmetic: how its shape follows, its multiply-adds and receptive field, then the
    /// totals of the rows shown so far.
    static func detailLines(rows: [LayerRow], current: Int, width: Int, options: RenderOptions) -> [[StyledText]] {
        guard rows.indices.contains(current) else { return [] }
        let glyphs = options.glyphs
        let shown = rows[...current]
        let total =
            "Total so far: \(LayerStack.grouped(shown.reduce(0) { $0 + $1.parameters })) parameters, "
            + "\(LayerStack.grouped(shown.reduce(0) { $0 + $1.multiplyAdds })) multiply-adds"
        return LayerTableText.details(of: rows[current]).flatMap { TextWrap.lines(glyphs.text($0), width: width) }
            .map { [StyledText($0)] } + [[StyledText(glyphs.text(total), .strong)]]
    }
}
