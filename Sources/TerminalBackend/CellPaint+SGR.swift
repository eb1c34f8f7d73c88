import TutorRendering

extension CellPaint {
    /// The escape that colours a picture cell for a terminal with `colorCount` colours, the way `Terminal` draws
    /// it: foreground and background from the 256-colour palette (`38;5;N`, `48;5;N`), or with fewer colours only
    /// a signed tone's sign as a basic foreground (red, blue). Empty when the cell needs no colour. Recordings use
    /// it after the style's own escape, so the two read the same on screen and in a replay.
    public func selectGraphicRendition(colorCount: Int) -> String {
        let palette = PicturePalette(colorCount: colorCount)
        var parameters: [String] = []
        if let number = foreground.flatMap(palette.foreground) {
            parameters.append(palette == .indexed256 ? "38;5;\(number)" : String(30 + Int(number)))
        }
        if let number = background.flatMap(palette.background) { parameters.append("48;5;\(number)") }
        return parameters.isEmpty ? "" : "\u{1B}[" + parameters.joined(separator: ";") + "m"
    }
}
