/// A mouse button pressed, dragged or released at a screen cell, as a terminal that reports the mouse sends it.
public struct MouseEvent: Equatable, Sendable {
    /// What the mouse did.
    public enum Action: Equatable, Sendable {
        /// The main (left) button went down.
        case press
        /// The mouse moved with the main button held.
        case drag
        /// The main button came up.
        case release
        /// The other (right) button went down.
        case pressOther
    }

    /// What happened.
    public let action: Action
    /// The cell's column, from 0 at the left.
    public let column: Int
    /// The cell's row, from 0 at the top.
    public let row: Int

    /// An event at (`column`, `row`).
    public init(_ action: Action, column: Int, row: Int) {
        self.action = action
        self.column = column
        self.row = row
    }
}
