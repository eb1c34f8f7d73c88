import CNNEngine
import LessonModel
import LessonText

/// A lesson file being written by the generator: its keys in the order they are written.
struct LessonDraft {
    /// A key's value.
    enum Value {
        /// Written as it is after `key: ` (a number, `same`, a flow list or mapping).
        case plain(String)
        /// A matrix or stack of channels as a block string (a one-value tensor as a number).
        case matrix(Tensor)
        /// Block-style list items, each written as it is after `- `.
        case items([String])
    }

    /// The title (quoted when written).
    var title: String
    /// What the student is asked to do.
    var introduction: String
    /// `conv2d`, `maxpool2d`, `avgpool2d` or `architecture`.
    var op: String
    /// The operation's keys and `grad_output`, in order.
    var fields: [(key: String, value: Value)] = []

    /// The lesson file: a comment saying where it came from, the keys, then `answers` under `expected:`.
    func text(id: String, header: [String], answers: [(ResultKey, Tensor)], footer: [String] = []) -> String {
        var lines = header.map { "# " + $0 }
        lines += ["id: \(id)", "title: \(Self.quoted(title))", "introduction: \(Self.quoted(introduction))", "op: \(op)"]
        for (key, value) in fields { lines += Self.lines(key, value, indent: "") }
        if !answers.isEmpty {
            lines.append("expected:")
            for (key, tensor) in answers { lines += Self.lines(key.rawValue, .matrix(tensor), indent: "  ") }
        }
        lines += footer.map { $0.isEmpty ? "#" : "# " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `key: value`, or `key: |2` and the rows of each channel (a blank line between channels) indented two
    /// spaces more than the key, so right-aligned rows never trip YAML's indentation rule.
    private static func lines(_ key: String, _ value: Value, indent: String) -> [String] {
        switch value {
        case .plain(let text):
            return ["\(indent)\(key): \(text)"]
        case .items(let items):
            return ["\(indent)\(key):"] + items.map { "\(indent)  - \($0)" }
        case .matrix(let tensor):
            if tensor.count == 1, let value = tensor.scalars.first { return ["\(indent)\(key): \(NumberText.exact(value))"] }
            if tensor.rank == 1 { return ["\(indent)\(key): [" + tensor.scalars.map(NumberText.exact).joined(separator: ", ") + "]"] }
            var lines = ["\(indent)\(key): |2"]
            for (number, plane) in MatrixText.planes(of: tensor).enumerated() {
                if number > 0 { lines.append("") }
                lines += MatrixText.lines(of: tensor, plane: plane, number: NumberText.exact).map { indent + "  " + $0 }
            }
            return lines
        }
    }

    /// A double-quoted YAML string.
    static func quoted(_ text: String) -> String {
        "\"" + text.map { $0 == "\"" || $0 == "\\" ? "\\\($0)" : String($0) }.joined() + "\""
    }
}
