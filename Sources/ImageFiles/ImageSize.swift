/// A height and a width in pixels, in the lessons' `[H, W]` order.
public struct ImageSize: Hashable, Sendable, CustomStringConvertible {
    /// The number of rows.
    public let height: Int
    /// The number of columns.
    public let width: Int

    /// Creates a size from its height and width (not checked: readers and conversions check sizes).
    public init(height: Int, width: Int) {
        self.height = height
        self.width = width
    }

    /// Whether both sides are at least 1.
    public var isPositive: Bool { height > 0 && width > 0 }

    /// "64 high × 48 wide": unambiguous whichever order the reader expects.
    public var description: String { "\(height) high × \(width) wide" }
}
