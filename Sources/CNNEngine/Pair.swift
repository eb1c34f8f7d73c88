/// A pair of sizes or offsets, one along rows (height) and one along columns (width).
public struct Pair: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The vertical component (along H).
    public var rows: Int
    /// The horizontal component (along W).
    public var columns: Int

    /// Creates a pair from its two components.
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// Creates a pair whose two components are equal.
    public init(_ both: Int) {
        self.init(rows: both, columns: both)
    }

    /// `"2"` when both components agree, otherwise `"(2, 3)"`.
    public var description: String {
        rows == columns ? "\(rows)" : "(\(rows), \(columns))"
    }
}

/// One of the two spatial axes of an image.
public enum Axis: String, Sendable, CaseIterable {
    /// Vertical: rows, height.
    case rows
    /// Horizontal: columns, width.
    case columns

    /// "height" or "width".
    public var dimensionName: String { self == .rows ? "height" : "width" }
}
