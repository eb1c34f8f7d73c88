import CNNEngine
import LessonModel
import LessonText
import Yams

extension LessonReader {
    /// `n` or `[rows, columns]`, each in `range`.
    mutating func pair(_ node: Node, named name: String, range: ClosedRange<Int>) -> Pair? {
        if case .sequence(let items) = node {
            guard items.count == 2 else {
                error("\(name) must be one number or a pair [rows, columns]", at: node)
                return nil
            }
            let rows = integer(items[0], named: name, range: range), columns = integer(items[1], named: name, range: range)
            guard let rows, let columns else { return nil }
            return Pair(rows: rows, columns: columns)
        }
        return integer(node, named: name, range: range).map { Pair($0) }
    }

    /// `valid`, `same`, `n`, `[rows, columns]` or `[[top, bottom], [left, right]]`.
    mutating func padding(_ node: Node) -> PaddingRule? {
        let range = 0...LessonLimits.geometry
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "valid": return .valid
            case "same": return .same
            default: return integer(node, named: "padding", range: range).map { .explicit(Padding($0)) }
            }
        }
        guard case .sequence(let items) = node, items.count == 2 else {
            error("padding must be `valid`, `same`, n, [rows, columns] or [[top, bottom], [left, right]]", at: node)
            return nil
        }
        if case .sequence = items[0] {
            guard let rows = sidesPair(items[0]), let columns = sidesPair(items[1]) else { return nil }
            return .explicit(Padding(top: rows.0, bottom: rows.1, left: columns.0, right: columns.1))
        }
        return pair(node, named: "padding", range: range).map { .explicit(Padding(rows: $0.rows, columns: $0.columns)) }
    }

    /// A transposed convolution's padding, PyTorch's way: `n` or `[rows, cols]`, trimmed from both sides of each axis
    /// (`valid` is 0); nil with an error at `node` for `same` or uneven sides.
    mutating func symmetricPadding(_ rule: PaddingRule, at node: Node?, operation: String) -> Pair? {
        switch rule {
        case .valid:
            return Pair(0)
        case .explicit(let sides) where sides.top == sides.bottom && sides.left == sides.right:
            return Pair(rows: sides.top, columns: sides.left)
        case .explicit, .same:
            error(
                "\(operation) takes padding as n or [rows, cols], the same on both sides", at: node,
                hint: "PyTorch's conv_transpose2d trims `padding` cells from each side of the output")
            return nil
        }
    }

    private mutating func sidesPair(_ node: Node) -> (Int, Int)? {
        guard case .sequence(let items) = node, items.count == 2 else {
            error("each side pair of padding must be [before, after]", at: node)
            return nil
        }
        let range = 0...LessonLimits.geometry
        let before = integer(items[0], named: "padding", range: range), after = integer(items[1], named: "padding", range: range)
        guard let before, let after else { return nil }
        return (before, after)
    }

    /// A bias: one number, or one per filter.
    mutating func bias(_ node: Node) -> ParsedTensor? {
        if case .scalar(let scalar) = node, LessonReader.tokens(in: Substring(scalar.string)).count == 1 {
            let location = Self.location(of: node)
            return number(scalar.string, at: location, named: "bias").map {
                ParsedTensor(shape: [1], values: [$0], locations: [location])
            }
        }
        guard let parsed = tensor(node, named: "bias", ranks: 1...2) else { return nil }
        guard parsed.shape.count == 1 || parsed.shape[0] == 1 else {
            error("bias must be one number or a list with one number per filter", at: node)
            return nil
        }
        return ParsedTensor(shape: [parsed.values.count], values: parsed.values, locations: parsed.locations)
    }
}
