import CNCursesw

/// Which wide character a grid cell (one Unicode scalar) is drawn with. Pure apart from the injected width function.
enum CellGlyph {
    /// What is drawn for a character the terminal cannot show in one column.
    static let replacement: Unicode.Scalar = "?"

    /// The scalar to draw for a cell's `scalar`: itself if it takes one column, else a replacement. Without a
    /// UTF-8 locale only ASCII is drawn; control characters become spaces. The terminal asks this for every cell
    /// of every frame, so printable ASCII is answered before the width function is asked.
    static func scalar(
        for scalar: Unicode.Scalar, unicode: Bool, columns: (Unicode.Scalar) -> Int = systemColumns
    ) -> Unicode.Scalar {
        guard scalar.value >= 32, scalar.value != 127 else { return " " }
        guard !scalar.isASCII else { return scalar }
        return unicode && columns(scalar) == 1 ? scalar : replacement
    }

    /// Columns the C library says a scalar takes (`wcwidth`), -1 if unprintable in the current locale.
    static func systemColumns(_ scalar: Unicode.Scalar) -> Int {
        Int(cnn_wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
