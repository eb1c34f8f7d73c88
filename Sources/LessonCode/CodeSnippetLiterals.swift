import CNNEngine
import LessonModel
import LessonText

/// Python source text for numbers, tuples, strings and nested lists, as the code view writes them.
enum PythonLiteral {
    /// `3` for whole numbers, otherwise Swift's shortest round-tripping form (`0.1`, `1e-05`); never loses precision.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "float(\"nan\")" }
        if value.isInfinite { return value < 0 ? "float(\"-inf\")" : "float(\"inf\")" }
        return NumberText.exact(value)
    }

    /// `(2, 1)`.
    static func tuple(_ values: [Int]) -> String {
        values.count == 1 ? "(\(values[0]),)" : "(" + values.map(String.init).joined(separator: ", ") + ")"
    }

    /// `(rows, columns)` of a pair.
    static func tuple(_ pair: Pair) -> String { tuple([pair.rows, pair.columns]) }

    /// `(top, bottom, left, right)`.
    static func tuple(_ padding: Padding) -> String { tuple([padding.top, padding.bottom, padding.left, padding.right]) }

    /// A double-quoted Python string: a JSON string literal (`\"`, `\\`, `\n`, `\uXXXX`) is also a valid
    /// Python one, so the transcript's JSON writer escapes it.
    static func string(_ text: String) -> String {
        JSONValue.string(text).serialized()
    }

    /// A tensor as nested lists, one innermost row per line, aligned under `column` (where the literal starts);
    /// channels (and filters) are separated by a blank line. Numbers are right-aligned to a common width.
    static func nestedList(_ tensor: Tensor, column: Int) -> String {
        let texts = tensor.scalars.map(number)
        let width = texts.map(\.count).max() ?? 0
        let padded = texts.map { String(repeating: " ", count: width - $0.count) + $0 }
        return nested(padded, shape: tensor.shape, offset: 0, column: column)
    }

    private static func nested(_ texts: [String], shape: [Int], offset: Int, column: Int) -> String {
        guard let count = shape.first else { return texts[offset] }
        let inner = Array(shape.dropFirst())
        let size = inner.reduce(1, *)
        let items = (0..<count).map { nested(texts, shape: inner, offset: offset + $0 * size, column: column + 1) }
        let separator: String
        switch inner.count {
        case 0: separator = ", "
        case 1: separator = ",\n" + String(repeating: " ", count: column + 1)
        default: separator = ",\n\n" + String(repeating: " ", count: column + 1)
        }
        return "[" + items.joined(separator: separator) + "]"
    }

    /// One comment line per line of `text`, each starting with `# `.
    static func comment(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "#" : "# " + $0.filter { $0 != "\r" } }
            .joined(separator: "\n")
    }
}
