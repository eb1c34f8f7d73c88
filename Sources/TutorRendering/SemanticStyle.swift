import LessonPictures

/// What a cell means, not how it looks: the terminal backend maps meanings to colours and attributes,
/// and every meaning that matters also has a non-colour cue (reverse, bold, underline, brackets).
public enum SemanticStyle: String, Sendable, Hashable, CaseIterable {
    /// Ordinary text.
    case plain
    /// Frame lines and panel borders.
    case border
    /// Screen and panel titles.
    case title
    /// Secondary text: hints, labels, indices.
    case muted
    /// Emphasised text.
    case strong
    /// Input cells under the kernel window (reverse video).
    case window
    /// The output cell being computed (reverse + bold).
    case current
    /// Output cells already computed.
    case filled
    /// Output cells not computed yet.
    case pending
    /// Padding cells and inserted zeros (dim).
    case padding
    /// The term being added right now in the Hadamard sum (bold + underline).
    case activeTerm
    /// The winning value of a max-pooling window (bold + underline).
    case winner
    /// Key names in the status line and help.
    case key
    /// The status line.
    case status
    /// Errors and warnings.
    case error
    /// A selected menu row (reverse).
    case selected
    /// Positive numbers in a sum (colour only; sign is always printed).
    case positive
    /// Negative numbers in a sum (colour only; sign is always printed).
    case negative
    /// The frame around the kernel window on a picture (bold; the frame's shape is the cue).
    case pictureWindow
    /// The frame around the cell being computed on a picture (bold, a double-line frame).
    case pictureTarget
}

/// One character cell of the screen: one Unicode scalar (one column) and its meaning. A plain value with no
/// reference counting, so building and dropping a 200×60 grid per frame stays cheap.
public struct Cell: Equatable, Hashable, Sendable {
    /// The scalar shown.
    public var scalar: Unicode.Scalar
    /// What it means.
    public var style: SemanticStyle
    /// A picture cell's colours, as tones the backend maps to its palette (nil for text).
    public var paint: CellPaint?

    /// Creates a cell; a character made of several scalars keeps its first (a cell is one column).
    public init(_ character: Character, _ style: SemanticStyle = .plain) {
        self.scalar = character.unicodeScalars.first ?? " "
        self.style = style
    }

    /// Creates a cell from a scalar, with a picture's colours if it is part of one.
    public init(scalar: Unicode.Scalar, _ style: SemanticStyle = .plain, paint: CellPaint? = nil) {
        self.scalar = scalar
        self.style = style
        self.paint = paint
    }

    /// The character shown.
    public var character: Character {
        get { Character(scalar) }
        set { scalar = newValue.unicodeScalars.first ?? " " }
    }

    /// A blank plain cell.
    public static let blank = Cell(scalar: " ")
}
