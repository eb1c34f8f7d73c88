import CNNEngine

extension Tensor {
    /// A shape as lessons show it: `6×6` for `[1, 6, 6]`, `3×3` for a single filter `[1, 1, 3, 3]`, `2×4×4` for two
    /// channels; leading axes of one entry are left out down to a matrix.
    public static func shownShapeText(_ shape: [Int]) -> String {
        var shown = shape[...]
        while shown.count > 2, shown.first == 1 { shown = shown.dropFirst() }
        return shapeText(Array(shown))
    }
}
