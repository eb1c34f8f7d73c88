/// A line and column in a lesson file, both 1-based.
public struct SourceLocation: Sendable, Equatable, Hashable, Comparable {
    /// Line, from 1.
    public let line: Int
    /// Column, from 1.
    public let column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = max(1, line)
        self.column = max(1, column)
    }

    /// The start of the file.
    public static let start = SourceLocation(line: 1, column: 1)

    /// Orders by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
