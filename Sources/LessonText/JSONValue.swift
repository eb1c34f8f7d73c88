import LessonModel

/// A JSON value that serializes deterministically (keys keep the order they are given in).
public indirect enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` / `false`.
    case bool(Bool)
    /// A finite number (non-finite numbers are written as `null`).
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object with ordered keys.
    case object([(String, JSONValue)])

    /// Compares values, keys in order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: return false
        }
    }

    /// A tensor as nested arrays following its shape.
    public static func tensor(_ values: [Double], shape: [Int]) -> JSONValue {
        guard let first = shape.first else { return .number(values.first ?? 0) }
        guard shape.count > 1 else { return .array(values.map { .number($0) }) }
        let chunk = values.count / max(first, 1)
        return .array((0..<first).map { tensor(Array(values[($0 * chunk)..<(($0 + 1) * chunk)]), shape: Array(shape.dropFirst())) })
    }

    /// Compact JSON text with a newline after each top-level array element, for readable diffs.
    public func serialized() -> String {
        var out = ""
        write(into: &out, depth: 0, breaking: true)
        return out
    }

    /// Compact JSON text on one line (for formats with one JSON document per line, such as asciicast).
    public func serializedOnOneLine() -> String {
        var out = ""
        write(into: &out, depth: 0, breaking: false)
        return out
    }

    private func write(into out: inout String, depth: Int, breaking: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += Self.number(value)
        case .string(let value): Self.writeString(value, into: &out)
        case .array(let items):
            out += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { out += "," }
                if breaking && depth <= 1 && item.isContainer { out += "\n" + String(repeating: "  ", count: depth + 1) }
                item.write(into: &out, depth: depth + 1, breaking: breaking)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (offset, (key, value)) in pairs.enumerated() {
                if offset > 0 { out += "," }
                if breaking && depth == 0 { out += "\n  " }
                Self.writeString(key, into: &out)
                out += ":"
                value.write(into: &out, depth: depth + 1, breaking: breaking)
            }
            out += breaking && depth == 0 ? "\n}" : "}"
        }
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object: return true
        default: return false
        }
    }

    private static func number(_ value: Double) -> String {
        value.isFinite ? NumberText.exact(value) : "null"
    }

    private static func writeString(_ value: String, into out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
