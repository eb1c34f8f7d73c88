import LessonPictures

/// The colours of a picture cell, as palette-free tones: the backend draws the cell's character in
/// `foreground` on `background`, each the nearest colour its palette has (nil: the terminal's default). A
/// half-block cell carries two pixels this way; a shade cell carries its one tone as foreground.
public struct CellPaint: Hashable, Sendable {
    /// The character's colour.
    public var foreground: PictureTone?
    /// The colour behind it.
    public var background: PictureTone?

    /// Creates the colours of a cell.
    public init(foreground: PictureTone?, background: PictureTone?) {
        self.foreground = foreground
        self.background = background
    }
}
