import CNCursesw

/// Which wide characters a grid cell is drawn with. Pure apart from the injected width function.
enum CellGlyph {
    /// What is drawn for a character the terminal cannot show in one column.
    static let replacement: Unicode.Scalar = "?"

    /// The scalars to draw for `character` (at most `limit`): itself if it takes one column, else a replacement.
    /// Without a UTF-8 locale only ASCII is drawn; control characters become spaces.
    static func scalars(
        for character: Character,
        unicode: Bool,
        limit: Int,
        columns: (Unicode.Scalar) -> Int = systemColumns
    ) -> [Unicode.Scalar] {
        guard let first = character.unicodeScalars.first, first.value >= 32, first.value != 127 else { return [" "] }
        guard unicode else { return [first.isASCII ? first : replacement] }
        guard first.isASCII || columns(first) == 1 else { return [replacement] }
        let marks = character.unicodeScalars.dropFirst().prefix { columns($0) == 0 }
        return [first] + marks.prefix(max(0, limit - 1))
    }

    /// Columns the C library says a scalar takes (`wcwidth`), -1 if unprintable in the current locale.
    static func systemColumns(_ scalar: Unicode.Scalar) -> Int {
        Int(cnn_wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
