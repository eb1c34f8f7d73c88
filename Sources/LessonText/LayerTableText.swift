import CNNEngine
import LessonModel

/// How a row of a layer table reads beyond its cells: the shape arithmetic, the multiply-adds and the
/// receptive field. The player, transcripts and plain narration all write it the same way.
public enum LayerTableText {
    /// `output: ⌊(32 + 0 + 0 − 5) / 1⌋ + 1 = 28`, `multiply-adds: 28 × 28 × 8 × 75 = 470,400`,
    /// `receptive field: 5×5 input pixels` (lines left out where they say nothing, as for the input row).
    public static func details(of row: LayerRow) -> [String] {
        var lines: [String] = []
        if !row.shapeFormula.isEmpty { lines.append("\(row.name) output: \(row.shapeFormula)") }
        if row.multiplyAdds > 0 || row.multiplyAddFormula != "0" { lines.append("multiply-adds: \(row.multiplyAddFormula)") }
        if row.shapeFormula.isEmpty { return lines }
        if let field = row.receptiveField, row.receptiveFieldIsUpperBound {
            lines.append(
                "receptive field: at most \(field.rows)×\(field.columns) input pixels per output cell "
                    + "(after upsampling, neighbouring cells are covered by different numbers of stamps)")
        } else if let field = row.receptiveField {
            lines.append("receptive field: \(field.rows)×\(field.columns) input pixels per output cell")
        } else {
            lines.append("receptive field: the whole input")
        }
        return lines
    }
}
