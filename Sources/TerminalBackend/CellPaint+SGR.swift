import TutorRendering

extension CellPaint {
    /// The escape that colours a picture cell for a terminal with `colorCount` colours, the way `Terminal` draws
    /// it: foreground and background from the 256-colour palette (`38;5;N`, `48;5;N`), as RGB for a direct-colour
    /// terminal (`38;2;R;G;B`), or with fewer colours only a signed tone's sign as a basic foreground (red, blue).
    /// Empty when the cell needs no colour. Recordings use it after the style's own escape, so the two read the
    /// same on screen and in a replay.
    public func selectGraphicRendition(colorCount: Int) -> String {
        let palette = PicturePalette(colorCount: colorCount)
        func parameter(_ number: Int32, layer: Int) -> String {
            switch palette {
            case .indexed256: "\(layer);5;\(number)"
            case .direct: "\(layer);2;\(number >> 16 & 255);\(number >> 8 & 255);\(number & 255)"
            case .basic: String(layer - 8 + Int(number))
            }
        }
        let parameters = [
            foreground.flatMap(palette.foreground).map { parameter($0, layer: 38) },
            background.flatMap(palette.background).map { parameter($0, layer: 48) },
        ].compactMap { $0 }
        return parameters.isEmpty ? "" : "\u{1B}[" + parameters.joined(separator: ";") + "m"
    }
}
