import Testing
import TutorCore
import TutorRendering

@testable import TerminalBackend

struct BackendSelfTestScreenTests {
    let size = TerminalSize(width: 60, height: 24)

    @Test func showsTheTitleAndTheTerminalsFacts() {
        let grid = BackendSelfTestScreen.grid(size: size, unicode: true, colors: false, lastKey: nil)
        #expect(grid.line(0) == "backend self-test (press q to quit)")
        #expect(grid.line(1) == "size 60x24 unicode yes colour no")
        #expect(grid[0, 0].style == .title)
    }

    @Test func drawsEveryStyleNameInItsOwnStyle() {
        let grid = BackendSelfTestScreen.grid(size: size, unicode: true, colors: true, lastKey: nil)
        for (index, style) in SemanticStyle.allCases.enumerated() {
            #expect(grid.line(3 + index) == "  " + style.rawValue)
            #expect(grid[2, 3 + index].style == style)
        }
    }

    @Test func usesASCIIWithoutUnicode() {
        let grid = BackendSelfTestScreen.grid(size: size, unicode: false, colors: false, lastKey: nil)
        #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func showsTheLastKey() {
        let grid = BackendSelfTestScreen.grid(size: size, unicode: true, colors: false, lastKey: .control("a"))
        #expect(grid.text.contains("last key: control(\"a\")"))
    }

    @Test func reachesPastTheScreenSoDrawingMustClip() {
        let tiny = TerminalSize(width: 3, height: 2)
        let grid = BackendSelfTestScreen.grid(size: tiny, unicode: true, colors: false, lastKey: nil)
        #expect(grid.width == 3 + BackendSelfTestScreen.overdraw)
        #expect(grid.height == 2 + BackendSelfTestScreen.overdraw)
        #expect(grid.text.hasPrefix("backen\nsize 3"))
    }
}
