/// Which keys a binding answers to: one key, or a whole class of keys.
public enum KeyPattern: Sendable, Hashable {
    /// Exactly this key.
    case key(Key)
    /// Any printable character (typing text).
    case anyCharacter
    /// A character of a typed number: a digit, `-`, `−`, `.` or `/`.
    case numberCharacter
    /// A digit, 0 to 9.
    case digit
    /// Any key at all (the fallback of a y/n question or of the help overlay).
    case anyKey

    /// Whether `key` is one of the keys this pattern stands for.
    public func matches(_ key: Key) -> Bool {
        switch self {
        case .key(let expected): return key == expected
        case .anyCharacter: return key.typedCharacter != nil
        case .numberCharacter: return key.typedCharacter.map { $0.isNumber || "-−./".contains($0) } ?? false
        case .digit: return key.typedCharacter.map { $0.isASCII && $0.isNumber } ?? false
        case .anyKey: return true
        }
    }
}

extension Key {
    /// The character this key types, if it is a printable character.
    public var typedCharacter: Character? {
        if case .character(let character) = self { return character }
        return nil
    }
}
