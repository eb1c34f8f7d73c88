import CNNEngine
import LessonModel

extension Phase {
    /// The window's place in words: `Window on rows 1 to 3, columns 2 to 4 of X`; over a padded input the rows
    /// and columns are those of the padded input (`of X padded`, as transcripts print it), 1-based.
    public func windowPlace(of step: Step, glyphs: Glyphs) -> String? {
        let lefts = step.terms.prefix(4096).map(\.left)
        let grids: [TensorName] = [.gradOutputFullGrid, .zeroInsertedInput]
        guard kind != .forward || stage.operation.readsWindows, let first = lefts.first,
            first.tensor == .input || grids.contains(first.tensor), lefts.allSatisfy({ $0.position.count >= 3 })
        else { return nil }
        let isGrid = grids.contains(first.tensor)
        let isPadded = !isGrid && (stage.operation.slidingWindow.map { $0.padding != .zero } ?? false)
        let rows = lefts.map { $0.position[$0.position.count - 2] + 1 }
        let columns = lefts.map { $0.position[$0.position.count - 1] + 1 }
        guard let top = rows.min(), let bottom = rows.max(), let left = columns.min(), let right = columns.max() else { return nil }
        let strided = (stage.operation.slidingWindow.map { $0.rows.stride > 1 || $0.columns.stride > 1 }) ?? false
        let gridOf = names.name(of: first.tensor == .zeroInsertedInput ? .input : .gradOutput)
        let name =
            isGrid
            ? "the padded\(strided || first.tensor == .zeroInsertedInput ? ", zero-inserted" : "") \(gridOf)"
            : names.input + (isPadded ? " padded" : "")
        let included = [(OperandOrigin.padding, "padding"), (.insertedZero, "inserted zeros")]
            .filter { origin, _ in lefts.contains { $0.origin == origin } }.map(\.1)
        let padding = included.isEmpty ? "" : " (includes " + included.joined(separator: " and ") + ")"
        if top == bottom && left == right { return glyphs.text("Cell at row \(top), column \(left) of \(name)\(padding)") }
        let rowsText = top == bottom ? "row \(top)" : "rows \(top) to \(bottom)"
        let columnsText = left == right ? "column \(left)" : "columns \(left) to \(right)"
        return glyphs.text("Window on \(rowsText), \(columnsText) of \(name)\(padding)")
    }
}
