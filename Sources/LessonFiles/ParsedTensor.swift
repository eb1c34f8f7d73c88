import CNNEngine
import LessonModel
import LessonText

/// Numbers read from a lesson file, with their shape and where each one is written.
struct ParsedTensor {
    /// Sizes, outermost first.
    var shape: [Int]
    /// Values in row-major order.
    var values: [Double]
    /// Where each value is written.
    var locations: [SourceLocation]

    /// Stacks same-shaped tensors along a new leading axis (nil if shapes differ).
    static func stack(_ items: [ParsedTensor]) -> ParsedTensor? {
        guard let first = items.first, items.allSatisfy({ $0.shape == first.shape }) else { return nil }
        return ParsedTensor(
            shape: [items.count] + first.shape, values: items.flatMap(\.values),
            locations: items.flatMap(\.locations))
    }

    /// The same values with leading axes of size 1 added until the rank is `rank`.
    func padded(toRank rank: Int) -> ParsedTensor {
        var copy = self
        while copy.shape.count < rank { copy.shape.insert(1, at: 0) }
        return copy
    }

    /// The engine tensor (shapes are checked by the parser, so failure means an empty tensor).
    func tensor() -> Tensor? {
        try? Tensor(shape: shape, scalars: values)
    }
}
