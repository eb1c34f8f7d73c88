import CNCursesw
import Testing
import TutorCore

@testable import TerminalBackend

struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(9), Key.tab), (10, .enter), (13, .enter), (8, .backspace), (127, .backspace), (27, .escape),
        (1, .control("a")), (3, .control("c")), (17, .control("q")),
        (32, .character(" ")), (97, .character("a")), (81, .character("Q")), (233, .character("é")),
        (0x2212, .character("−")),
    ])
    func decodesCharacters(value: UInt32, key: Key) {
        #expect(KeyDecoder.decode(.character(value)) == .key(key))
    }

    @Test func ctrlZSuspendsInsteadOfReachingTheTutor() {
        // Raw mode delivers Ctrl-Z as character 26 rather than SIGTSTP: the terminal suspends itself on it.
        #expect(KeyDecoder.decode(.character(26)) == .suspend)
        #expect(KeyDecoder.decode(character: 26) == .control("z"))
    }

    @Test(arguments: [UInt32(0), 28, 31, 0x80, 0x9F, 0xD800, 0x11_0000])
    func ignoresControlAndInvalidCharacters(value: UInt32) {
        #expect(KeyDecoder.decode(.character(value)) == .ignored)
    }

    @Test func decodesNavigationKeyCodes() {
        let table: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_BTAB, .backTab),
        ]
        for (code, key) in table {
            #expect(KeyDecoder.decode(.keyCode(code)) == .key(key), "key code \(code)")
        }
    }

    @Test func ignoresFunctionKeysWhichTheTutorDoesNotBind() {
        for number in Int32(0)...12 {
            #expect(KeyDecoder.decode(.keyCode(cnn_key_f(number))) == .ignored, "F\(number)")
        }
    }

    @Test func decodesResize() {
        #expect(KeyDecoder.decode(.keyCode(cnn_key_resize())) == .resize)
    }

    @Test func decodesTheMouseForGetmouseToRead() {
        #expect(KeyDecoder.decode(.keyCode(cnn_key_mouse())) == .mouse)
    }

    @Test func ignoresKeysTheTutorDoesNotUse() {
        for code in [KEY_DC, KEY_IC, KEY_SHOME] {
            #expect(KeyDecoder.decode(.keyCode(code)) == .ignored, "key code \(code)")
        }
    }
}
