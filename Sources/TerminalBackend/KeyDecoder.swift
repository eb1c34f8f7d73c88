import CNCursesw
import TutorCore

/// Turns what curses reads into keys. Pure, so the table is tested without a terminal.
enum KeyDecoder {
    /// Decodes one read.
    static func decode(_ input: RawInput) -> DecodedInput {
        switch input {
        case .character(let value):
            if value == suspendCharacter { return .suspend }
            return decode(character: value).map(DecodedInput.key) ?? .ignored
        case .keyCode(let code):
            return decode(keyCode: code)
        }
    }

    /// Ctrl-Z, which suspends the tutor instead of reaching it as a key.
    static let suspendCharacter: UInt32 = 26

    /// Decodes a character `wget_wch` returned, including the control characters raw mode passes through.
    static func decode(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return controlKey(value)
        case 0..<32, 128..<160: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    /// Decodes a curses key code.
    static func decode(keyCode code: Int32) -> DecodedInput {
        if code == cnn_key_resize() { return .resize }
        if code == cnn_key_mouse() { return .mouse }
        return navigationKey(code).map(DecodedInput.key) ?? .ignored
    }

    /// Ctrl plus a letter: 1 is Ctrl-A, 26 is Ctrl-Z.
    private static func controlKey(_ value: UInt32) -> Key? {
        Unicode.Scalar(value + 96).map { .control(Character($0)) }
    }

    /// Arrows, paging, Enter, Backspace and Shift-Tab as key codes.
    private static func navigationKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        default: return nil
        }
    }
}
