import LessonModel
import LessonPictures
import LessonText

/// How screens are drawn: Unicode or ASCII glyphs, and pictures in colour or in shades.
public struct RenderOptions: Sendable, Equatable {
    /// Glyphs for numbers and sums.
    public let glyphs: Glyphs
    /// Glyphs for frames and markers.
    public let box: BoxGlyphs
    /// How pictures are drawn: half blocks in colour, shades, or ASCII characters.
    public private(set) var pictures = PictureStyle.halfBlocks

    /// Unicode everything, pictures in colour half blocks (a 256-colour terminal).
    public static let unicode = RenderOptions(glyphs: .unicode, box: .unicode)
    /// ASCII only, for terminals whose locale is not UTF-8; pictures as a character ramp.
    public static let ascii = RenderOptions(glyphs: .ascii, box: .ascii, pictures: .characters)

    /// These options with pictures drawn in `style` (ASCII options keep their character ramp).
    public func picturing(_ style: PictureStyle) -> RenderOptions {
        var options = self
        options.pictures = glyphs == .ascii ? .characters : style
        return options
    }
}

/// Frame lines and scroll markers.
public struct BoxGlyphs: Sendable, Equatable {
    /// Corners, edges and markers.
    public let horizontal: Character, vertical: Character
    /// Corners.
    public let topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character
    /// Scroll markers: more above, below, left, right.
    public let up: Character, down: Character, left: Character, right: Character
    /// Marks the selected menu row.
    public let pointer: Character

    /// Box-drawing characters and triangles.
    public static let unicode = BoxGlyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        up: "▲", down: "▼", left: "◀", right: "▶", pointer: "›")
    /// `+`, `-`, `|` and `^ v < >`.
    public static let ascii = BoxGlyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        up: "^", down: "v", left: "<", right: ">", pointer: ">")
}
